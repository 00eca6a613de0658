package vn.dost.registry.workspace.reports;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.reports.ProvincialSummaries;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.NotAllowed;
import vn.dost.registry.shared.Problems;
import vn.dost.registry.shared.RegistryException;
import vn.dost.registry.workspace.Download;
import vn.dost.registry.workspace.FormErrors;
import vn.dost.registry.workspace.ProvinceChoices;
import vn.dost.registry.workspace.WorkspaceLinks;

/**
 * {@code /app/reports}: the provincial summary for promotion reports, in the official
 * layout, as PDF or as DOCX to edit: the province, the day it reports on, the document's
 * number, its signer and the signer's title are chosen on the form; a choice the report
 * refuses is shown on the form. Record sheets are on each title's page.
 */
@Controller
class ReportPages {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final ProvincialSummaries summaries;

	private final RegistrationService registrations;

	private final ProvinceChoices provinces;

	private final Problems problems;

	ReportPages(ProvincialSummaries summaries, RegistrationService registrations, ProvinceChoices provinces,
			Problems problems) {
		this.summaries = summaries;
		this.registrations = registrations;
		this.provinces = provinces;
		this.problems = problems;
	}

	@GetMapping(WorkspaceLinks.REPORTS)
	Rendering form(Actor actor) {
		requireReader(actor);
		String province = actor.isOfficer() && !actor.provinces().isEmpty() ? actor.provinces().get(0) : null;
		return page(new ReportForm(province, this.registrations.today().toString(), null, null, null, "pdf"),
				FormErrors.none());
	}

	/** The summary to save, or the form again with what is wrong. */
	@GetMapping(WorkspaceLinks.REPORTS + "/summary")
	Mono<Object> summary(Actor actor, @ModelAttribute ReportForm form, ServerWebExchange exchange) {
		requireReader(actor);
		boolean docx = "docx".equals(form.format());
		BiFunction<ProvincialSummaries.Request, Actor, Mono<Consumer<OutputStream>>> writer = docx
				? this.summaries::docx : this.summaries::pdf;
		return Mono.fromCallable(form::request)
			.flatMap(request -> writer.apply(request, actor)
				.<Object>map(written -> new Download(written, docx ? DOCX : MediaType.APPLICATION_PDF,
						fileName(request, docx))))
			.onErrorResume(FormErrors::concernTheForm, failure -> Mono
				.just(page(form, FormErrors.of((RegistryException) failure, this.problems, locale(exchange)))));
	}

	private Rendering page(ReportForm form, FormErrors errors) {
		return Rendering.view("app/reports/index")
			.status(errors.any() ? errors.status() : HttpStatus.OK)
			.modelAttribute("form", form)
			.modelAttribute("errors", errors)
			.modelAttribute("provinces", this.provinces.current())
			.build();
	}

	/** {@code Báo cáo Quảng Trị 2026-06-15.pdf}: the province and the day reported on. */
	private String fileName(ProvincialSummaries.Request request, boolean docx) {
		LocalDate day = request.asOf() == null ? this.registrations.today() : request.asOf();
		return "Báo cáo " + request.province().strip() + " " + day + (docx ? ".docx" : ".pdf");
	}

	/**
	 * The provincial summary is the department's: for officers and administrators (a
	 * cooperative's account reads its own titles elsewhere).
	 */
	private static void requireReader(Actor actor) {
		if (!actor.readsAll()) {
			throw new NotAllowed("msg.officersOnly");
		}
	}

	private static Locale locale(ServerWebExchange exchange) {
		return exchange.getLocaleContext().getLocale();
	}

	/**
	 * The report form as sent: the day as {@code yyyy-MM-dd} (a date input's value), the
	 * format {@code pdf} or {@code docx}.
	 */
	record ReportForm(String province, String asOf, String number, String signer, String signerTitle, String format) {

		ProvincialSummaries.Request request() {
			LocalDate day;
			try {
				day = asOf == null || asOf.isBlank() ? null : LocalDate.parse(asOf.strip());
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw InvalidInput.of("asOf", "validation.unreadable");
			}
			return new ProvincialSummaries.Request(this.province, day, this.number, this.signer, this.signerTitle);
		}

	}

}
