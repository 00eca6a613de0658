package vn.dost.registry.registry;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationIdsTests {

	@Test
	void givesVersionSevenUuidsCarryingTheCreationTime() {
		Instant now = Instant.parse("2026-11-29T12:00:00.123Z");
		UUID id = UUID.fromString(RegistrationIds.next(now));
		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
		assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(now.toEpochMilli());
	}

	@Test
	void sortsLaterTitlesAfterEarlierOnes() {
		Instant first = Instant.parse("2026-11-29T12:00:00.123Z");
		for (int i = 0; i < 100; i++) {
			assertThat(RegistrationIds.next(first.plusMillis(1))).isGreaterThan(RegistrationIds.next(first));
		}
	}

	@Test
	void differsWithinTheSameMillisecond() {
		Instant now = Instant.parse("2026-11-29T12:00:00.123Z");
		assertThat(RegistrationIds.next(now)).isNotEqualTo(RegistrationIds.next(now));
	}

}
