package vn.dost.registry.workspace.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import vn.dost.registry.audit.AuditAction;
import vn.dost.registry.audit.AuditFilter;
import vn.dost.registry.audit.AuditLog;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.Problems;
import vn.dost.registry.shared.RegistryException;
import vn.dost.registry.shared.TimeConfiguration;
import vn.dost.registry.shared.Violations;
import vn.dost.registry.workspace.FormErrors;
import vn.dost.registry.workspace.Pager;
import vn.dost.registry.workspace.WorkspaceLinks;

/**
 * {@code /app/audit} (administrators only, as the security chain enforces): the audit
 * trail, newest first — sign-ins, user and role changes, imports, backups — by who, what
 * and between which days (in Vietnam's time, both included). Read-only, as the trail is.
 */
@Controller
class AuditPages {

	static final int PAGE_SIZE = 50;

	private final AuditLog log;

	private final Problems problems;

	AuditPages(AuditLog log, Problems problems) {
		this.log = log;
		this.problems = problems;
	}

	/** The filters as typed: days as {@code yyyy-MM-dd} (a date input's value). */
	record AuditForm(String actor, String action, String from, String to, Integer page) {

		Map<String, Object> parameters() {
			Map<String, Object> parameters = new LinkedHashMap<>();
			parameters.put("actor", this.actor);
			parameters.put("action", this.action);
			parameters.put("from", this.from);
			parameters.put("to", this.to);
			return parameters;
		}

		AuditFilter filter() {
			Violations violations = new Violations();
			AuditAction chosen = this.action == null || this.action.isBlank() ? null
					: Arrays.stream(AuditAction.values())
						.filter(a -> a.name().equals(this.action))
						.findFirst()
						.orElse(null);
			violations.when(chosen == null && this.action != null && !this.action.isBlank(), "action",
					"validation.unreadable");
			Instant start = day(this.from, "from", violations, 0);
			Instant end = day(this.to, "to", violations, 1);
			violations.throwIfAny();
			String who = this.actor == null || this.actor.isBlank() ? null : this.actor.strip();
			return new AuditFilter(who, chosen, start, end);
		}

		private static Instant day(String value, String field, Violations violations, int after) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return LocalDate.parse(value.strip())
					.plusDays(after)
					.atStartOfDay(TimeConfiguration.VIETNAM)
					.toInstant();
			}
			catch (DateTimeParseException ex) {
				violations.add(field, "validation.unreadable");
				return null;
			}
		}

	}

	@GetMapping(WorkspaceLinks.AUDIT)
	Mono<Rendering> trail(@ModelAttribute AuditForm form, ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return Mono.fromCallable(form::filter)
			.flatMap(filter -> this.log.find(filter, PageRequest.of(form.page(), PAGE_SIZE)))
			.map(found -> page(form, FormErrors.none())
				.modelAttribute("rows",
						found.items().stream().map(entry -> AuditRow.of(entry, this.problems, locale)).toList())
				.modelAttribute("pager",
						Pager.of(WorkspaceLinks.AUDIT, form.parameters(), found.page(), PAGE_SIZE, found.totalItems()))
				.build())
			.onErrorResume(InvalidInput.class,
					invalid -> Mono.just(page(form, FormErrors.of((RegistryException) invalid, this.problems, locale))
						.modelAttribute("rows", java.util.List.of())
						.modelAttribute("pager", Pager.of(WorkspaceLinks.AUDIT, Map.of(), 0, PAGE_SIZE, 0))
						.build()));
	}

	private Rendering.Builder page(AuditForm form, FormErrors errors) {
		return Rendering.view("app/audit/index")
			.status(errors.any() ? errors.status() : org.springframework.http.HttpStatus.OK)
			.modelAttribute("form", form)
			.modelAttribute("errors", errors)
			.modelAttribute("actions", AuditAction.values());
	}

}
