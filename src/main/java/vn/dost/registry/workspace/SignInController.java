package vn.dost.registry.workspace;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import vn.dost.registry.security.CurrentActor;

/**
 * The login page (the form posts to the same address, where Spring Security checks it),
 * and the addresses people guess for it ({@code /login}, {@code /admin}) sent to the
 * workspace. Any other address under {@code /app} is the 404 page.
 */
@Controller
class SignInController {

	private final CurrentActor actors;

	SignInController(CurrentActor actors) {
		this.actors = actors;
	}

	@GetMapping(WorkspaceLinks.LOGIN)
	Mono<Rendering> login(ServerWebExchange exchange) {
		var asked = exchange.getRequest().getQueryParams();
		return this.actors.get()
			.map(signedIn -> Rendering.redirectTo(WorkspaceLinks.HOME).build())
			.switchIfEmpty(Mono.fromSupplier(() -> Rendering.view("app/login")
				.modelAttribute("failed", asked.containsKey("error"))
				.modelAttribute("loggedOut", asked.containsKey("logout"))
				.build()));
	}

	@GetMapping("/login")
	Rendering guessedLogin() {
		return Rendering.redirectTo(WorkspaceLinks.LOGIN).build();
	}

	@GetMapping({ "/admin", "/admin/**" })
	Rendering guessedAdmin() {
		return Rendering.redirectTo(WorkspaceLinks.HOME).build();
	}

	@RequestMapping(WorkspaceLinks.HOME + "/**")
	Mono<Rendering> elsewhere() {
		return Mono.error(new PageNotFound());
	}

}
