package vn.dost.registry.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.dost.registry.shared.FieldViolation;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.Violations;

/**
 * Checks a lifecycle action against the title: first whether it may happen today at all
 * ({@link Standing#after}: 409), then the facts the action needs (400).
 */
@Component
class LifecycleDecisions {

	/** See {@link LifecycleAction#AMENDABLE}. */
	static final Set<String> AMENDABLE = Set.copyOf(LifecycleAction.AMENDABLE);

	private final RegistrationDrafts drafts;

	private final DraftChanges changes;

	LifecycleDecisions(RegistrationDrafts drafts, DraftChanges changes) {
		this.drafts = drafts;
		this.changes = changes;
	}

	Mono<LifecycleDecision> check(ActionCommand command, Registration registration, LocalDate today) {
		if (command.action() == null) {
			return Mono.error(InvalidInput.of("action", "validation.required"));
		}
		LifecycleAction action = command.action();
		try {
			registration.standing().after(action, today);
		}
		catch (TransitionNotAllowed notNow) {
			return Mono.error(notNow);
		}
		Violations violations = new Violations();
		violations.when(command.date() == null, "date", "validation.required");
		violations.when(command.date() != null && command.date().isAfter(today), "date", "validation.future");
		String reference = violations.text(command.reference(), "reference", RegistrationDrafts.NAME_MAX);
		String note = violations.text(command.note(), "note", RegistrationDrafts.TEXT_MAX);
		String reason = violations.text(command.reason(), "reason", RegistrationDrafts.TEXT_MAX);
		String gazette = violations.text(command.gazetteNumber(), "gazetteNumber", RegistrationDrafts.NAME_MAX);
		String number = this.drafts.number(command.registrationNumber(), "registrationNumber", violations);
		violations.when(action == LifecycleAction.GRANT && number == null, "registrationNumber", "validation.required");
		violations.when((action == LifecycleAction.TERMINATE || action == LifecycleAction.INVALIDATE) && reason == null,
				"reason", "validation.required");
		violations.when(action == LifecycleAction.AMEND && reference == null, "reference", "validation.required");
		Map<String, Object> changes = command.changes() == null ? Map.of() : command.changes();
		violations.when(action == LifecycleAction.AMEND && changes.isEmpty(), "changes", "validation.required");
		changes.keySet()
			.stream()
			.filter(field -> !AMENDABLE.contains(field))
			.forEach(field -> violations.add("changes." + field, "validation.notAmendable"));
		Mono<Optional<RegistrationFacts>> amended = action == LifecycleAction.AMEND && !changes.isEmpty()
				? amend(registration, changes, violations) : Mono.just(Optional.empty());
		return amended.map(facts -> {
			violations.throwIfAny();
			return new LifecycleDecision(action, command.date(), reference, note, reason, gazette, number,
					facts.orElse(null));
		});
	}

	/**
	 * The title's facts as the amendment makes them, checked as an update is; what is
	 * wrong with the changes is added to the action's violations (under
	 * {@code changes.}), so that all are answered at once. Empty when the changes are not
	 * valid.
	 */
	private Mono<Optional<RegistrationFacts>> amend(Registration registration, Map<String, Object> changes,
			Violations violations) {
		Map<String, Object> amendable = new LinkedHashMap<>(changes);
		amendable.keySet().retainAll(AMENDABLE);
		List<FieldViolation> unreadable = new ArrayList<>();
		RegistrationDraft draft;
		try {
			draft = this.changes.merged(registration, amendable, "changes", unreadable);
		}
		catch (InvalidInput invalid) {
			invalid.violations().forEach(violations::add);
			return Mono.just(Optional.empty());
		}
		unreadable.forEach(violations::add);
		return this.drafts.check(draft, registration.getStoredStatus(), false).map(facts -> {
			if (unreadable.isEmpty() && registration.getFacts().changesTo(facts).isEmpty()) {
				violations.add("changes", "validation.noChanges");
			}
			return Optional.of(facts);
		}).onErrorResume(InvalidInput.class, invalid -> {
			invalid.violations()
				.stream()
				.filter(found -> unreadable.stream()
					.noneMatch(value -> root(value.field().substring("changes.".length())).equals(found.field())))
				.forEach(found -> violations.add(
						new FieldViolation((changes.containsKey(root(found.field())) ? "changes." : "") + found.field(),
								found.messageKey(), found.arguments())));
			return Mono.just(Optional.empty());
		});
	}

	/** The field a path is about: {@code niceClasses} of {@code niceClasses[1]}. */
	private static String root(String path) {
		return path.split("[.\\[]", 2)[0];
	}

}
