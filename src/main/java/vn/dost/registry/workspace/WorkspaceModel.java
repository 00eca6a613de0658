package vn.dost.registry.workspace;

import reactor.core.publisher.Mono;

import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

import vn.dost.registry.security.CurrentActor;

/**
 * What the layout of every workspace page needs, added to each page's model: language and
 * switch link ({@link PageBasics}), the signed-in {@code user} (an
 * {@link vn.dost.registry.security.Actor}) and its {@code nav}igation, and the
 * {@code csrf} token, the {@code assets}' addresses. The token is also made ready for
 * Thymeleaf, which then adds it as a hidden field to every {@code <form th:action="…">};
 * htmx sends it as a header ({@code htmxHeaders}, set on the page's body).
 */
@ControllerAdvice(basePackageClasses = WorkspaceModel.class)
class WorkspaceModel {

	private final CurrentActor actors;

	private final WorkspaceAssets assets;

	WorkspaceModel(CurrentActor actors, WorkspaceAssets assets) {
		this.actors = actors;
		this.assets = assets;
	}

	@ModelAttribute
	Mono<Void> layout(ServerWebExchange exchange, Model model) {
		model.addAllAttributes(PageBasics.of(exchange));
		model.addAttribute("assets", this.assets);
		String path = exchange.getRequest().getPath().value();
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		Mono<Void> csrf = token == null ? Mono.empty() : token.doOnNext(ready -> {
			exchange.getAttributes().put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, ready);
			model.addAttribute("csrf", ready);
			model.addAttribute("htmxHeaders", "{\"" + ready.getHeaderName() + "\": \"" + ready.getToken() + "\"}");
		}).then();
		Mono<Void> user = this.actors.get().doOnNext(actor -> {
			model.addAttribute("user", actor);
			model.addAttribute("nav", Navigation.of(actor, path));
		}).then();
		return csrf.then(user);
	}

}
