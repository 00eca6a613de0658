package vn.dost.registry.workspace.registrations;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import vn.dost.registry.registry.LifecycleAction;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.reports.RecordSheets;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.NotAllowed;
import vn.dost.registry.shared.StreamedBody;
import vn.dost.registry.shared.Versions;
import vn.dost.registry.workspace.FormErrors;
import vn.dost.registry.workspace.WorkspaceLinks;

/**
 * {@code /app/registrations/{id}}: the record page of a title; its lifecycle actions
 * ({@code POST …/actions}, field {@code action} the API's action name), the deletion of a
 * filing entered by mistake (after a confirmation page), and its record sheet as PDF. A
 * refused form is shown again open on the record page, with the user's input and what was
 * wrong (400, 409, 412); nothing is written then.
 */
@Controller
class RecordPage {

	private final RegistrationService registrations;

	private final RecordPages pages;

	private final Refusals refusals;

	private final RecordSheets sheets;

	RecordPage(RegistrationService registrations, RecordPages pages, Refusals refusals, RecordSheets sheets) {
		this.registrations = registrations;
		this.pages = pages;
		this.refusals = refusals;
		this.sheets = sheets;
	}

	@GetMapping(WorkspaceLinks.REGISTRATIONS + "/{id}")
	Mono<Rendering> record(Actor actor, @PathVariable String id, @RequestParam(required = false) String done) {
		return this.pages.render(id, actor, done);
	}

	@PostMapping(WorkspaceLinks.REGISTRATIONS + "/{id}/actions")
	Mono<Rendering> act(Actor actor, @PathVariable String id, ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return exchange.getFormData().flatMap(sent -> this.registrations.find(id, actor).flatMap(title -> {
			LifecycleAction action = action(sent.getFirst("action"));
			ActionForm form = ActionForm.of(action, sent);
			ActionForm.Read read = form.read(RegistrationForm.of(title.getFacts(), title.getStoredStatus()));
			// every action requires its date: one that could not be read is sent empty,
			// so the action is refused with the other fields' messages and nothing is
			// written
			return this.registrations.act(id, version(sent), read.command(), actor)
				.map(acted -> done(id, action.name()))
				.onErrorResume(Refusals::shownOnForm, refused -> {
					FormErrors errors = this.refusals.of(refused, read.unreadable(), locale);
					return this.pages.render(id, actor,
							new OpenForm("action-" + action, form.values(), errors, seen(sent)), null, errors.status());
				});
		}));
	}

	@GetMapping(WorkspaceLinks.REGISTRATIONS + "/{id}/delete")
	Mono<Rendering> confirmDelete(Actor actor, @PathVariable String id) {
		return this.registrations.find(id, actor).map(title -> {
			if (!RecordRights.mayWrite(actor, title.getFacts())) {
				throw new NotAllowed("msg.outsideProvinces");
			}
			return Rendering.view("app/registrations/delete")
				.modelAttribute("title", TitleRow.of(title.listing(), this.registrations.today()))
				.modelAttribute("version", title.getVersion() == null ? 0 : title.getVersion())
				.modelAttribute("seen", title.getHistory().size())
				.build();
		});
	}

	@PostMapping(WorkspaceLinks.REGISTRATIONS + "/{id}/delete")
	Mono<Rendering> delete(Actor actor, @PathVariable String id, ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return exchange.getFormData()
			// read first: another organisation's title is not found, whatever the user
			// may write
			.flatMap(sent -> this.registrations.find(id, actor)
				.then(Mono.defer(() -> this.registrations.delete(id, version(sent), actor)))
				.then(Mono.fromSupplier(() -> Rendering.redirectTo(WorkspaceLinks.REGISTRATIONS + "?deleted")
					.status(HttpStatus.SEE_OTHER)
					.build()))
				.onErrorResume(Refusals::shownOnForm, refused -> {
					FormErrors errors = this.refusals.of(refused, List.of(), locale);
					return this.pages.render(id, actor, new OpenForm("delete", Map.of(), errors, seen(sent)), null,
							errors.status());
				}));
	}

	@GetMapping(WorkspaceLinks.REGISTRATIONS + "/{id}/summary.pdf")
	Mono<ResponseEntity<Flux<DataBuffer>>> sheet(Actor actor, @PathVariable String id) {
		return this.sheets.pdf(id, actor)
			.map(writer -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline().filename("van-bang-" + id + ".pdf").build().toString())
				.body(StreamedBody.of(writer)));
	}

	/** The address the browser goes to after a change: the record page saying so. */
	static Rendering done(String id, String action) {
		return Rendering.redirectTo(WorkspaceLinks.registration(id) + "?done=" + action)
			.status(HttpStatus.SEE_OTHER)
			.build();
	}

	/** The version the form was read at, as an {@code If-Match} (null: none sent). */
	static String version(MultiValueMap<String, String> sent) {
		Long version = versionNumber(sent);
		return version == null ? null : Versions.etag(version);
	}

	/** The version the form was read at (null: none sent). */
	static Long versionNumber(MultiValueMap<String, String> sent) {
		return parse(sent.getFirst("version"));
	}

	/** How many history entries the page the form came from showed. */
	static int seen(MultiValueMap<String, String> sent) {
		Long seen = parse(sent.getFirst("seen"));
		return seen == null ? Integer.MAX_VALUE : seen.intValue();
	}

	private static Long parse(String number) {
		try {
			return number == null || number.isBlank() ? null : Long.valueOf(number.strip());
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

	private static LifecycleAction action(String name) {
		try {
			return LifecycleAction.valueOf(String.valueOf(name));
		}
		catch (IllegalArgumentException ex) {
			throw new ServerWebInputException("action");
		}
	}

}
