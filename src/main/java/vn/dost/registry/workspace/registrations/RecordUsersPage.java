package vn.dost.registry.workspace.registrations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import vn.dost.registry.registry.AuthorisedUserAction;
import vn.dost.registry.registry.AuthorisedUserDecision;
import vn.dost.registry.registry.AuthorisedUserDraft;
import vn.dost.registry.registry.AuthorisedUsers;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.FieldViolation;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.workspace.FormErrors;
import vn.dost.registry.workspace.WorkspaceLinks;

/**
 * The authorised users on the record page: adding a producer allowed to use the title,
 * and suspending, reinstating or revoking a right, each a small form that the page sends
 * inline (htmx) or as a plain post. Officers do it for titles of their provinces, a
 * cooperative for its own titles. A refused form comes back open on the record page.
 */
@Controller
class RecordUsersPage {

	static final List<String> FIELDS = List.of("name", "address", "commune", "province", "code", "decisionNumber",
			"grantedOn", "validUntil");

	private final AuthorisedUsers users;

	private final RecordPages pages;

	private final Refusals refusals;

	RecordUsersPage(AuthorisedUsers users, RecordPages pages, Refusals refusals) {
		this.users = users;
		this.pages = pages;
		this.refusals = refusals;
	}

	@PostMapping(WorkspaceLinks.REGISTRATIONS + "/{id}/authorised-users")
	Mono<Rendering> add(Actor actor, @PathVariable String id, ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return exchange.getFormData().flatMap(sent -> {
			Map<String, String> values = values(sent, FIELDS);
			List<FieldViolation> unreadable = new ArrayList<>();
			AuthorisedUserDraft draft = new AuthorisedUserDraft(values.get("name"), values.get("address"),
					values.get("commune"), values.get("province"), values.get("code"), values.get("decisionNumber"),
					day(values, "grantedOn", unreadable), day(values, "validUntil", unreadable));
			// the service checks the draft before it answers a Mono: deferred, its
			// refusal reaches the form
			Mono<?> added = unreadable.isEmpty() ? Mono.defer(() -> this.users.add(id, draft, actor))
					: Mono.fromRunnable(() -> this.users.requireValid(draft))
						.then(Mono.error(new InvalidInput(unreadable)));
			return added.map(user -> RecordPage.done(id, "AUTHORISED_USER_ADDED"))
				.onErrorResume(Refusals::shownOnForm, refused -> refused(actor, id, "user-add", values,
						this.refusals.of(refused, unreadable, locale), sent));
		});
	}

	@PostMapping(WorkspaceLinks.REGISTRATIONS + "/{id}/authorised-users/{userId}")
	Mono<Rendering> decide(Actor actor, @PathVariable String id, @PathVariable String userId,
			ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return exchange.getFormData().flatMap(sent -> {
			AuthorisedUserAction action = action(sent.getFirst("action"));
			Map<String, String> values = values(sent, List.of("date", "reason", "reference"));
			List<FieldViolation> unreadable = new ArrayList<>();
			AuthorisedUserDecision decision = new AuthorisedUserDecision(action, day(values, "date", unreadable),
					values.get("reason"), values.get("reference"));
			Mono<?> decided = unreadable.isEmpty() ? Mono.defer(() -> this.users.decide(id, userId, decision, actor))
					: Mono.error(new InvalidInput(unreadable));
			return decided.map(user -> RecordPage.done(id, "AUTHORISED_USER_" + action.name()))
				.onErrorResume(Refusals::shownOnForm,
						refused -> refused(actor, id, "user-" + userId + "-" + action.name(), values,
								this.refusals.of(refused, unreadable, locale), sent));
		});
	}

	private Mono<Rendering> refused(Actor actor, String id, String formId, Map<String, String> values,
			FormErrors errors, MultiValueMap<String, String> sent) {
		return this.pages.render(id, actor, new OpenForm(formId, values, errors, RecordPage.seen(sent)), null,
				errors.status());
	}

	private static Map<String, String> values(MultiValueMap<String, String> sent, List<String> fields) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : fields) {
			String value = sent.getFirst(field);
			if (value != null && !value.isBlank()) {
				values.put(field, value.strip());
			}
		}
		return values;
	}

	private static LocalDate day(Map<String, String> values, String field, List<FieldViolation> unreadable) {
		return Days.parse(values.get(field), field, unreadable);
	}

	private static AuthorisedUserAction action(String name) {
		try {
			return AuthorisedUserAction.valueOf(String.valueOf(name));
		}
		catch (IllegalArgumentException ex) {
			throw new ServerWebInputException("action");
		}
	}

}
