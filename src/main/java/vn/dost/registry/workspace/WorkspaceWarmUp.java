package vn.dost.registry.workspace;

import java.util.List;
import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.dost.registry.shared.StartupTask;

/**
 * Reads the workspace's message bundles at start: read on first use, the first page would
 * read files on an event-loop thread.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
class WorkspaceWarmUp implements StartupTask {

	private final MessageSource messages;

	WorkspaceWarmUp(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public Mono<Void> run() {
		return Mono.fromRunnable(() -> {
			for (Locale locale : List.of(WorkspaceLanguage.VIETNAMESE, Locale.ENGLISH, Locale.ROOT)) {
				this.messages.getMessage("app.name", null, "", locale);
			}
		});
	}

}
