package vn.dost.registry.workspace.registrations;

import java.util.List;
import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationDraft;
import vn.dost.registry.registry.RegistrationDrafts;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.NotAllowed;
import vn.dost.registry.shared.StaleVersion;
import vn.dost.registry.workspace.FormErrors;
import vn.dost.registry.workspace.WorkspaceLinks;

/**
 * {@code /app/registrations/new} and {@code /app/registrations/{id}/edit}: the form of
 * every field of a title, to file an application or record an existing title in a later
 * status with its facts, and to correct a title's facts. A refused form is shown again
 * with the user's input and every bad field's message at once. An edit of a title someone
 * changed meanwhile is never written: the form comes back with the others' changes beside
 * the user's values, to be applied again deliberately.
 */
@Controller
class RegistrationFormPage {

	private static final String VIEW = "app/registrations/form";

	private final RegistrationService registrations;

	private final RegistrationDrafts drafts;

	private final RecordPages pages;

	private final Refusals refusals;

	RegistrationFormPage(RegistrationService registrations, RegistrationDrafts drafts, RecordPages pages,
			Refusals refusals) {
		this.registrations = registrations;
		this.drafts = drafts;
		this.pages = pages;
		this.refusals = refusals;
	}

	@GetMapping(WorkspaceLinks.REGISTRATIONS + "/new")
	Mono<Rendering> blank(Actor actor) {
		requireCreate(actor);
		return form(actor, null, RegistrationForm.blank(), FormErrors.none(), null);
	}

	@PostMapping(WorkspaceLinks.REGISTRATIONS + "/new")
	Mono<Rendering> create(Actor actor, ServerWebExchange exchange) {
		requireCreate(actor);
		Locale locale = exchange.getLocaleContext().getLocale();
		return exchange.getFormData().flatMap(sent -> {
			RegistrationForm form = RegistrationForm.of(sent);
			RegistrationForm.Read read = form.read();
			RegistrationStatus status = read.draft().status() == null ? RegistrationStatus.FILED
					: read.draft().status();
			Mono<Registration> created = read.unreadable().isEmpty() ? this.registrations.create(read.draft(), actor)
					: this.drafts.check(read.draft(), status, status == RegistrationStatus.FILED)
						.then(Mono.error(() -> new InvalidInput(read.unreadable())));
			return created
				.map(title -> RecordPage.done(title.getId(),
						status == RegistrationStatus.FILED ? "CREATED" : "RECORDED"))
				.onErrorResume(Refusals::shownOnForm, refused -> refusedForm(actor, null, form, refused, read, locale));
		});
	}

	@GetMapping(WorkspaceLinks.REGISTRATIONS + "/{id}/edit")
	Mono<Rendering> edit(Actor actor, @PathVariable String id) {
		return writable(id, actor).flatMap(title -> form(actor, Editing.of(title),
				RegistrationForm.of(title.getFacts(), title.getStoredStatus()), FormErrors.none(), null));
	}

	@PostMapping(WorkspaceLinks.REGISTRATIONS + "/{id}/edit")
	Mono<Rendering> update(Actor actor, @PathVariable String id, ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return exchange.getFormData().flatMap(sent -> writable(id, actor).flatMap(title -> {
			RegistrationForm form = RegistrationForm.of(sent);
			RegistrationForm.Read read = form.read();
			RegistrationDraft draft = read.draft();
			Mono<Registration> updated = read.unreadable().isEmpty()
					? this.registrations.update(id, RecordPage.version(sent), draft, actor)
					: this.drafts.check(withType(draft, title), title.getStoredStatus(), false)
						.then(Mono.error(() -> new InvalidInput(read.unreadable())));
			return updated.map(saved -> RecordPage.done(id, "UPDATED"))
				.onErrorResume(StaleVersion.class, stale -> stale(actor, id, form, sent, locale))
				.onErrorResume(Refusals::shownOnForm,
						refused -> refusedForm(actor, Editing.of(title, sent), form, refused, read, locale));
		}));
	}

	/**
	 * The form again after a stale edit: the user's values, the title's current version,
	 * and what changed since the form was opened.
	 */
	private Mono<Rendering> stale(Actor actor, String id, RegistrationForm form, MultiValueMap<String, String> sent,
			Locale locale) {
		return this.registrations.find(id, actor).flatMap(now -> {
			int seen = RecordPage.seen(sent);
			return this.pages.holderNames(RecordPages.holderIds(now)).flatMap(names -> {
				StaleEdit conflict = StaleEdit.of(now, form, seen, names);
				FormErrors errors = this.refusals.of(new StaleVersion(now.getVersion()), locale);
				// the form now carries the current version, so saving again applies the
				// user's values over the others' deliberately; the history count stays
				// the one the user saw, so their changes stay listed until then
				Editing editing = new Editing(now.getId(), now.getFacts().name(), now.getType().name(),
						now.getVersion() == null ? 0 : now.getVersion(), seen);
				return form(actor, editing, conflict.form(), errors, conflict);
			});
		});
	}

	private Mono<Rendering> refusedForm(Actor actor, Editing editing, RegistrationForm form, Throwable refused,
			RegistrationForm.Read read, Locale locale) {
		return form(actor, editing, form, this.refusals.of(refused, read.unreadable(), locale), null);
	}

	private Mono<Rendering> form(Actor actor, Editing editing, RegistrationForm form, FormErrors errors,
			StaleEdit conflict) {
		HttpStatusCode status = errors.any() ? errors.status() : HttpStatus.OK;
		return this.pages.choices(actor, form.value("holderId").isEmpty() ? null : form.value("holderId"))
			.map(holders -> Rendering.view(VIEW)
				.status(status)
				.modelAttribute("form", form)
				.modelAttribute("errors", errors)
				.modelAttribute("editing", editing)
				.modelAttribute("conflict", conflict)
				.modelAttribute("holders", holders)
				.modelAttribute("provinceNames", this.pages.provinceNames())
				.modelAttribute("statuses", List.of(RegistrationStatus.values()))
				.build());
	}

	private Mono<Registration> writable(String id, Actor actor) {
		return this.registrations.find(id, actor).doOnNext(title -> {
			if (!RecordRights.mayWrite(actor, title.getFacts())) {
				throw new NotAllowed("msg.outsideProvinces");
			}
		});
	}

	private static void requireCreate(Actor actor) {
		if (!RecordRights.mayCreate(actor)) {
			throw new NotAllowed("msg.outsideProvinces");
		}
	}

	private static RegistrationDraft withType(RegistrationDraft d, Registration title) {
		return new RegistrationDraft(title.getType(), d.name(), d.sign(), d.aliases(), d.product(), d.productGroup(),
				d.niceClasses(), d.province(), d.additionalProvinces(), d.country(), d.area(), d.applicationNumber(),
				d.filingDate(), d.registrationNumber(), d.grantDate(), d.grantDatePartial(), d.grantDecision(),
				d.status(), d.holderId(), d.description(), d.specificCharacteristics(), d.publicListing());
	}

	/**
	 * The title an edit form is about: its id, name and type (not editable), the version
	 * the form was read at, and how many history entries it had then.
	 */
	record Editing(String id, String name, String type, long version, int seen) {

		static Editing of(Registration title) {
			return new Editing(title.getId(), title.getFacts().name(), title.getType().name(),
					title.getVersion() == null ? 0 : title.getVersion(), title.getHistory().size());
		}

		/**
		 * The title as the refused form had it: the version and count it was sent with.
		 */
		static Editing of(Registration title, MultiValueMap<String, String> sent) {
			Long version = RecordPage.versionNumber(sent);
			return new Editing(title.getId(), title.getFacts().name(), title.getType().name(),
					version == null ? 0 : version, RecordPage.seen(sent));
		}

	}

}
