package vn.dost.registry;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled jobs are really scheduled when configured (the other tests switch the
 * sweep off).
 */
@RegistryIntegrationTest
@TestPropertySource(properties = "registry.sweep.cron=0 30 0 * * *")
class SchedulingIntegrationTests {

	@Autowired
	List<ScheduledTaskHolder> holders;

	@Test
	void schedulesTheNightlyExpirySweepTheDailyDigestAndTheStoreCompaction() {
		List<String> tasks = this.holders.stream()
			.flatMap(holder -> holder.getScheduledTasks().stream())
			.map(ScheduledTask::toString)
			.toList();
		assertThat(tasks).anyMatch(task -> task.contains("ExpirySweep.sweep"));
		assertThat(tasks).anyMatch(task -> task.contains("DeadlineDigest.sendAll"));
		if (System.getenv("MONGODB_URI") == null) {
			assertThat(tasks).anyMatch(task -> task.contains("StoreCompaction.compact"));
		}
	}

}
