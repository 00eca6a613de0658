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

	private static final String LEAK_REPORTS = "io.netty.util.ResourceLeakDetector";

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!this.appender.isStarted()) {
			this.appender.setContext(root().getLoggerContext());
			this.appender.start();
			root().addAppender(this.appender);
		}
	}

	/**
	 * The lines logged at WARN or above so far, as "LEVEL logger: message". Netty's leak
	 * reports are left out: they are written when the garbage collector happens to find a
	 * buffer, by whichever of the test JVM's services (or embedded databases) dropped it,
	 * so they say nothing about the service under test at that moment.
	 */
	public List<String> lines() {
		synchronized (this.appender) {
			return this.appender.list.stream()
				.filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
				.filter(event -> !LEAK_REPORTS.equals(event.getLoggerName()))
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
