package vn.dost.registry.workspace.registrations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.dost.registry.registry.AuthorisedUserTransitionNotAllowed;
import vn.dost.registry.registry.DuplicateNumber;
import vn.dost.registry.registry.TransitionNotAllowed;
import vn.dost.registry.shared.FieldViolation;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.NotAllowed;
import vn.dost.registry.shared.Problems;
import vn.dost.registry.shared.RegistryException;
import vn.dost.registry.shared.ResourceNotFound;
import vn.dost.registry.shared.StaleVersion;
import vn.dost.registry.workspace.FormErrors;

/**
 * A service's refusal of a title's form in the workspace's words: each invalid field's
 * messages beside its input; a duplicate number or code on its field; an action not
 * allowed now, or a title changed meanwhile, as a sentence about the whole form with
 * actions and statuses in words (the API's problem texts name codes).
 */
@Component
class Refusals {

	/** Violations of an amendment's changes name the field as {@code changes.<field>}. */
	private static final String CHANGES = "changes";

	private final Problems problems;

	private final MessageSource messages;

	Refusals(Problems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	/**
	 * Whether a refusal is shown on the form: everything but an unknown record and a
	 * refusal of the user's rights, which are the 404 and 403 pages.
	 */
	static boolean shownOnForm(Throwable refusal) {
		return refusal instanceof RegistryException && !(refusal instanceof NotAllowed)
				&& !(refusal instanceof ResourceNotFound);
	}

	/**
	 * The refusal in words, with the messages about fields that could not even be read
	 * (sent empty to the service) in place of what the service said about them.
	 */
	FormErrors of(Throwable refused, List<FieldViolation> unreadable, Locale locale) {
		FormErrors said = of((RegistryException) refused, locale);
		if (unreadable.isEmpty()) {
			return said;
		}
		Map<String, List<String>> byField = new LinkedHashMap<>(of(new InvalidInput(unreadable), locale).fields());
		said.fields().forEach(byField::putIfAbsent);
		return FormErrors.of(byField, said.general(),
				refused instanceof InvalidInput ? HttpStatus.BAD_REQUEST : said.status());
	}

	FormErrors of(RegistryException refusal, Locale locale) {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		List<String> general = new ArrayList<>();
		if (refusal instanceof InvalidInput invalid) {
			for (FieldViolation violation : invalid.violations()) {
				String message = this.problems.fieldError(violation, locale).get("message");
				String field = violation.field();
				if (field.equals(CHANGES)) {
					general.add(words("app.refusal.noChanges", locale));
					continue;
				}
				field = field.startsWith(CHANGES + ".") ? field.substring(CHANGES.length() + 1) : field;
				byField.computeIfAbsent(field, key -> new ArrayList<>()).add(message);
			}
		}
		else if (refusal instanceof DuplicateNumber) {
			byField.put(String.valueOf(refusal.arguments()[0]), List.of(words("app.refusal.duplicateNumber", locale)));
		}
		else if (refusal.problemType().equals("duplicate-code")) {
			byField.put("code", List.of(words("app.refusal.duplicateCode", locale, refusal.arguments()[0])));
		}
		else {
			general.add(sentence(refusal, locale));
		}
		return FormErrors.of(byField, general, refusal.status());
	}

	private String sentence(RegistryException refusal, Locale locale) {
		if (refusal instanceof StaleVersion) {
			return words("app.refusal.stale", locale);
		}
		Object[] arguments = refusal.arguments();
		if (refusal instanceof TransitionNotAllowed) {
			String action = code(arguments[0]);
			String key = action.equals("DELETE") ? "app.record.delete.button" : "app.history." + action;
			return words("app.refusal.transition", locale, words(key, locale),
					words("app.status." + code(arguments[1]), locale), reason(arguments[2], locale));
		}
		if (refusal instanceof AuthorisedUserTransitionNotAllowed) {
			String action = code(arguments[0]);
			boolean titleStatus = String.valueOf(arguments[1]).startsWith(TransitionNotAllowed.STATUS_KEY);
			String from = (titleStatus ? "app.status." : "app.userStatus.") + code(arguments[1]);
			String done = action.equals("ADD") ? "AUTHORISED_USER_ADDED" : "AUTHORISED_USER_" + action;
			return words("app.refusal.userTransition", locale, words("app.history." + done, locale),
					words(from, locale), reason(arguments[2], locale));
		}
		return this.problems.detail(refusal, locale);
	}

	/**
	 * The code a refusal's argument names: the API's exceptions carry message keys
	 * ({@code msg.action.GRANT}, {@code msg.status.FILED}); the workspace has its own
	 * words.
	 */
	private static String code(Object key) {
		String name = String.valueOf(key);
		return name.substring(name.lastIndexOf('.') + 1);
	}

	/**
	 * Why a transition is refused: the workspace's words for the rule, else the API's.
	 */
	private String reason(Object key, Locale locale) {
		String rule = String.valueOf(key);
		String own = this.messages.getMessage("app.refusal.reason." + rule, null, null, locale);
		return own != null ? own : this.problems.message(rule, locale);
	}

	private String words(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
