package vn.dost.registry.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's clock: Vietnam's time zone decides what "today" is. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

	/** The time zone in which dates of decisions, expiries and deadlines are counted. */
	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(VIETNAM);
	}

	/** Today's date in Vietnam by the given clock. */
	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), VIETNAM);
	}

}
