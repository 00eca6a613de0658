package vn.dost.registry.workspace.users;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import vn.dost.registry.security.Actor;
import vn.dost.registry.security.Role;
import vn.dost.registry.security.UserAccount;
import vn.dost.registry.security.UserDirectory;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.Problems;
import vn.dost.registry.shared.RegistryException;
import vn.dost.registry.shared.Versions;
import vn.dost.registry.shared.Violations;
import vn.dost.registry.workspace.FormErrors;
import vn.dost.registry.workspace.HolderNames;
import vn.dost.registry.workspace.Pager;
import vn.dost.registry.workspace.ProvinceChoices;
import vn.dost.registry.workspace.WorkspaceLinks;

/**
 * {@code /app/users} (administrators only, as the security chain enforces): the accounts
 * of officers, administrators and cooperatives — create, assign roles, provinces (the 34
 * since 1 July 2025) and a cooperative's organisation, e-mail for the daily digest, and
 * reset a password.
 */
@Controller
class UserPages {

	static final int PAGE_SIZE = 50;

	private final UserDirectory users;

	private final HolderNames holders;

	private final Problems problems;

	private final ProvinceChoices provinces;

	UserPages(UserDirectory users, HolderNames holders, Problems problems, ProvinceChoices provinces) {
		this.users = users;
		this.holders = holders;
		this.problems = problems;
		this.provinces = provinces;
	}

	/** One account as the list shows it, with its organisation's name. */
	record Row(UserAccount account, String holderName) {
	}

	@GetMapping(WorkspaceLinks.USERS)
	Mono<Rendering> list(@RequestParam(required = false) Integer page) {
		return this.users.list(PageRequest.of(page, PAGE_SIZE))
			.flatMap(found -> Flux.fromIterable(found.items())
				.concatMap(account -> this.holders.nameOf(account.holderId())
					.defaultIfEmpty("")
					.map(name -> new Row(account, name)))
				.collectList()
				.map(rows -> Rendering.view("app/users/list")
					.modelAttribute("rows", rows)
					.modelAttribute("pager",
							Pager.of(WorkspaceLinks.USERS, java.util.Map.of(), found.page(), PAGE_SIZE,
									found.totalItems()))
					.build()));
	}

	@GetMapping(WorkspaceLinks.USERS + "/new")
	Rendering newUser() {
		return form("app/users/new", UserForm.empty(), FormErrors.none(), FormErrors.none()).build();
	}

	@PostMapping(WorkspaceLinks.USERS)
	Mono<Rendering> create(Actor actor, @ModelAttribute UserForm form, ServerWebExchange exchange) {
		return save(form, change -> this.users.create(change, actor.username()))
			.map(created -> Rendering.redirectTo(user(created.username()) + "?saved=1").build())
			.onErrorResume(FormErrors::concernTheForm, failure -> Mono
				.just(form("app/users/new", form, errors(failure, exchange), FormErrors.none()).build()));
	}

	@GetMapping(WorkspaceLinks.USERS + "/{username}")
	Mono<Rendering> show(@PathVariable String username, @RequestParam(required = false) String saved) {
		return this.users.find(username)
			.flatMap(account -> this.holders.nameOf(account.holderId())
				.defaultIfEmpty("")
				.map(name -> form("app/users/detail", UserForm.of(account, name), FormErrors.none(), FormErrors.none())
					.modelAttribute("account", account)
					.modelAttribute("saved", saved)
					.build()));
	}

	@PostMapping(WorkspaceLinks.USERS + "/{username}")
	Mono<Rendering> update(Actor actor, @PathVariable String username, @ModelAttribute UserForm form,
			ServerWebExchange exchange) {
		return this.users.find(username)
			.flatMap(
					account -> save(form,
							change -> this.users.update(username, ifMatch(form.version()), change, actor.username()))
						.map(saved -> Rendering.redirectTo(user(username) + "?saved=1").build())
						.onErrorResume(FormErrors::concernTheForm, failure -> this.users.find(username)
							.map(now -> form("app/users/detail", form, errors(failure, exchange), FormErrors.none())
								.modelAttribute("account", now)
								.build())));
	}

	/** Sets a new password the administrator gives the user (typed twice). */
	@PostMapping(WorkspaceLinks.USERS + "/{username}/password")
	Mono<Rendering> resetPassword(Actor actor, @PathVariable String username, @ModelAttribute UserForm form,
			ServerWebExchange exchange) {
		return this.users.find(username).flatMap(account -> Mono.defer(() -> {
			Violations violations = new Violations();
			boolean typed = form.password() != null && !form.password().isEmpty();
			violations.when(!typed, "password", "validation.required");
			violations.when(typed && !form.password().equals(form.passwordAgain()), "passwordAgain",
					"validation.passwordsDiffer");
			violations.throwIfAny();
			return this.users.update(username, ifMatch(form.version()), UserForm.reset(account, form.password()),
					actor.username());
		})
			.map(saved -> Rendering.redirectTo(user(username) + "?saved=password").build())
			.onErrorResume(FormErrors::concernTheForm,
					failure -> this.holders.nameOf(account.holderId())
						.defaultIfEmpty("")
						.map(name -> form("app/users/detail", UserForm.of(account, name), FormErrors.none(),
								errors(failure, exchange))
							.modelAttribute("account", account)
							.build())));
	}

	/**
	 * Disables the account (its sessions end, it can no longer sign in) or enables it
	 * again.
	 */
	@PostMapping(WorkspaceLinks.USERS + "/{username}/disabled")
	Mono<Rendering> disable(Actor actor, @PathVariable String username, @ModelAttribute Disabling form,
			ServerWebExchange exchange) {
		return this.users.find(username)
			.flatMap(account -> this.users
				.update(username, ifMatch(form.version()), UserForm.disabled(account, form.disabled()),
						actor.username())
				.map(saved -> Rendering
					.redirectTo(user(username) + "?saved=" + (form.disabled() ? "disabled" : "enabled"))
					.build())
				.onErrorResume(FormErrors::concernTheForm,
						failure -> this.holders.nameOf(account.holderId())
							.defaultIfEmpty("")
							.map(name -> form("app/users/detail", UserForm.of(account, name), FormErrors.none(),
									FormErrors.none())
								.status(errors(failure, exchange).status())
								.modelAttribute("disableErrors", errors(failure, exchange))
								.modelAttribute("account", account)
								.build())));
	}

	/** The disabling form: whether to disable, and the version of the account seen. */
	record Disabling(boolean disabled, Long version) {
	}

	/**
	 * Finds the organisation named, checks the password typed twice, then lets the
	 * directory check the rest and write.
	 */
	private Mono<UserAccount> save(UserForm form, Function<UserDirectory.UserChange, Mono<UserAccount>> write) {
		return this.holders.idOf(form.holderName(), "holderName")
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap(holderId -> {
				Violations violations = new Violations();
				UserDirectory.UserChange change = form.change(holderId.orElse(null), violations);
				violations.throwIfAny();
				return write.apply(change);
			});
	}

	private Rendering.Builder form(String view, UserForm form, FormErrors errors, FormErrors passwordErrors) {
		HttpStatusCode status = errors.any() ? errors.status() : passwordErrors.status();
		return Rendering.view(view)
			.status(status)
			.modelAttribute("form", form)
			.modelAttribute("errors", errors)
			.modelAttribute("passwordErrors", passwordErrors)
			.modelAttribute("disableErrors", FormErrors.none())
			.modelAttribute("roles", Role.values())
			.modelAttribute("provinces", this.provinces.current());
	}

	private FormErrors errors(Throwable failure, ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return FormErrors.of((RegistryException) failure, this.problems, locale);
	}

	private static String user(String username) {
		return WorkspaceLinks.USERS + "/" + username;
	}

	private static String ifMatch(Long version) {
		return version == null ? null : Versions.etag(version);
	}

}
