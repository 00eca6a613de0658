package vn.dost.registry.shared;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads the message bundles (every one: the API's, the portal's, the workspace's) and the
 * validator's message files at start, on the main thread: read lazily, the first problem
 * response or page of each language would read files on an event-loop thread.
 */
@Component
class WarmUp implements StartupTask {

	private final MessageSource messages;

	private final Validator validator;

	WarmUp(MessageSource messages, Validator validator) {
		this.messages = messages;
		this.validator = validator;
	}

	/**
	 * A value that is never valid, to make the validator load its message interpolation
	 * once.
	 */
	record Probe(@NotNull String value) {
	}

	/** A key no bundle has: looking it up reads every bundle of the language. */
	static final String IN_NO_BUNDLE = "warm-up.every-bundle";

	@Override
	public int order() {
		return 0;
	}

	@Override
	public Mono<Void> run() {
		return Mono.fromRunnable(() -> {
			for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH, Locale.ROOT)) {
				this.messages.getMessage(IN_NO_BUNDLE, null, "", locale);
			}
			this.validator.validate(new Probe(null));
		});
	}

}
