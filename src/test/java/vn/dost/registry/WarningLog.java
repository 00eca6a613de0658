package vn.dost.registry;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The WARN and ERROR lines logged while it is attached, from every logger. Attached by an
 * application's initializer, so after Spring Boot has set up logging (which would drop an
 * appender attached before).
 */
public final class WarningLog implements ApplicationContextInitializer<ConfigurableApplicationContext>, AutoCloseable {

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!this.appender.isStarted()) {
			this.appender.setContext(root().getLoggerContext());
			this.appender.start();
			root().addAppender(this.appender);
		}
	}

	/** The lines logged at WARN or above so far, as "LEVEL logger: message". */
	public List<String> lines() {
		synchronized (this.appender) {
			return this.appender.list.stream()
				.filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
				.map(event -> event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage())
				.toList();
		}
	}

	@Override
	public void close() {
		root().detachAppender(this.appender);
		this.appender.stop();
	}

	private static Logger root() {
		return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

}
