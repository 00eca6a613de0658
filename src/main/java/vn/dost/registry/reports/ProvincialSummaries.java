package vn.dost.registry.reports;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.dost.registry.ocop.OcopProducts;
import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.registry.RegistrationQuery;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.FieldViolation;
import vn.dost.registry.shared.Violations;

/**
 * The provincial summary report (báo cáo) in the official layout, as PDF or DOCX: the
 * figures are gathered reactively (titles from the search index, OCOP counts from the
 * database), then drawn by blocking code that the caller runs off the event loop.
 */
@Service
public class ProvincialSummaries {

	private final RegistrationService registrations;

	private final OcopProducts ocop;

	private final Provinces provinces;

	private final ReportSettings settings;

	ProvincialSummaries(RegistrationService registrations, OcopProducts ocop, Provinces provinces,
			ReportSettings settings) {
		this.registrations = registrations;
		this.ocop = ocop;
		this.provinces = provinces;
		this.settings = settings;
	}

	/**
	 * The request's choices: the 2025 province (or a former one, read as its 2025
	 * province) and the rest.
	 */
	public record Request(String province, LocalDate asOf, String number, String signer, String signerTitle) {
	}

	/** The writer of the summary as PDF. */
	public Mono<Consumer<OutputStream>> pdf(Request request, Actor actor) {
		return gather(request, actor).map(summary -> out -> SummaryPdf.write(summary, out));
	}

	/** The writer of the summary as an editable DOCX. */
	public Mono<Consumer<OutputStream>> docx(Request request, Actor actor) {
		return gather(request, actor).map(summary -> out -> SummaryDocx.write(summary, out));
	}

	Mono<ProvincialSummary> gather(Request request, Actor actor) {
		return Mono.defer(() -> {
			Violations violations = new Violations();
			String province = currentProvince(request.province(), violations);
			Letterhead.Signer signer = Letterhead.Signer.of(request.signer(), request.signerTitle(), this.settings);
			violations.when(signer.name().isEmpty(), "signer", "validation.report.signer")
				.when(signer.title().isEmpty(), "signerTitle", "validation.report.signerTitle")
				.throwIfAny();
			LocalDate today = this.registrations.today();
			LocalDate asOf = request.asOf() == null ? today : request.asOf();
			Letterhead letterhead = Letterhead.of(province, today, this.settings, request.number(), signer);
			Mono<List<RegistrationListing>> titles = this.registrations.all(RegistrationQuery.inProvince(province),
					actor);
			return Mono.zip(titles, this.ocop.countByStars(province))
				.map(found -> new ProvincialSummary(letterhead, province, asOf, today,
						SummaryFigures.rows(found.getT1(), asOf), SummaryFigures.grantedPerYear(found.getT1(), asOf),
						found.getT2(), SummaryFigures.due(found.getT1(), asOf)));
		});
	}

	/**
	 * The day and the province the report is named after, as {@code Báo cáo Khánh Hòa
	 * 2026-06-15}: the province as the summary reads it, the day asked or today.
	 */
	public String name(Request request) {
		String province = currentProvince(request.province(), new Violations());
		LocalDate day = request.asOf() == null ? this.registrations.today() : request.asOf();
		return "Báo cáo " + (province == null ? "" : province + " ") + day;
	}

	/**
	 * The 2025 province of the name, or null with the violation recorded.
	 */
	private String currentProvince(String name, Violations violations) {
		if (name == null || name.isBlank()) {
			violations.add("province", "validation.province", String.valueOf(name));
			return null;
		}
		String canonical = this.provinces.canonicalName(name).orElse(null);
		if (canonical == null) {
			FieldViolation unknown = this.provinces.unknown("province", name);
			violations.add(unknown.field(), unknown.messageKey(), unknown.arguments());
			return null;
		}
		return this.provinces.isCurrent(canonical) ? canonical : this.provinces.currentOf(canonical).orElseThrow();
	}

}
