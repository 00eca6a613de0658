package vn.dost.registry.portal;

import java.util.List;
import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.ISpringWebFluxTemplateEngine;

import vn.dost.registry.shared.StartupTask;

/**
 * Reads the portal's message bundles and sets up the template engine at start: done
 * lazily, the first page would read files on an event-loop thread. Only in the web
 * service: a run without a web server (the benchmark's dataset generator) has no template
 * engine and no pages.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
class PortalWarmUp implements StartupTask {

	private final MessageSource messages;

	private final ISpringWebFluxTemplateEngine templates;

	PortalWarmUp(MessageSource messages, ISpringWebFluxTemplateEngine templates) {
		this.messages = messages;
		this.templates = templates;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public Mono<Void> run() {
		return Mono.fromRunnable(() -> {
			for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH, Locale.ROOT)) {
				this.messages.getMessage("portal.site", null, "", locale);
			}
			// The engine sets itself up on first use, looking for Jackson modules on the
			// class path.
			this.templates.getConfiguration();
		});
	}

}
