package vn.dost.registry.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.dost.registry.deadlines.Deadlines;
import vn.dost.registry.ocop.OcopProducts;
import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.registry.RegistrationQuery;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.TimeConfiguration;

/**
 * The dashboard's figures for a province (or the whole registry): how many titles (an
 * application is not one), records by type and status, by current province, granted per
 * year, by product group, data-quality counts, OCOP products by stars, deadlines per
 * month for the next 12 months. Title counts come from the search index's facets; no
 * document is loaded to count it.
 */
@Service
public class RegistryStats {

	private static final int MONTHS = 12;

	private final RegistrationService registrations;

	private final OcopProducts ocop;

	private final Deadlines deadlines;

	private final Provinces provinces;

	private final Clock clock;

	RegistryStats(RegistrationService registrations, OcopProducts ocop, Deadlines deadlines, Provinces provinces,
			Clock clock) {
		this.registrations = registrations;
		this.provinces = provinces;
		this.ocop = ocop;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	/**
	 * The figures of a province, named in any spelling (null or blank: of the whole
	 * registry); the answer names it canonically.
	 */
	public Mono<Stats> of(String given, Actor actor) {
		return Mono.defer(() -> figures(canonical(given), actor));
	}

	/**
	 * The counts of a province's titles alone (as {@link #of}, without the OCOP and
	 * deadline figures, which cost a pass over the coming deadlines).
	 */
	public Mono<TitleCounts> titles(String given, Actor actor) {
		return Mono.defer(() -> titleCounts(canonical(given), actor));
	}

	private String canonical(String given) {
		return given == null || given.isBlank() ? null : this.provinces.require(given, "province");
	}

	private Mono<TitleCounts> titleCounts(String province, Actor actor) {
		RegistrationQuery all = RegistrationQuery.inProvince(province);
		Mono<Map<String, Map<String, Long>>> counts = this.registrations.counts(all, actor);
		Mono<Map<String, Map<String, Long>>> byType = Flux.fromArray(RegistrationType.values())
			.concatMap(type -> this.registrations.counts(all.withType(type), actor)
				.map(found -> Map.entry(type.name(), found.get("status"))))
			.collect(LinkedHashMap::new, (map, entry) -> map.put(entry.getKey(), entry.getValue()));
		return Mono.zip(counts, byType)
			.map(found -> new TitleCounts(titles(found.getT1().get("status")), found.getT2(), found.getT1()));
	}

	private Mono<Stats> figures(String province, Actor actor) {
		Mono<Map<Integer, Long>> stars = this.ocop.countByStars(province);
		Mono<Map<YearMonth, Long>> due = this.deadlines.perMonth(actor, province, MONTHS);
		LocalDate today = TimeConfiguration.today(this.clock);
		return Mono.zip(titleCounts(province, actor), stars, due).map(found -> {
			TitleCounts titles = found.getT1();
			Map<String, Map<String, Long>> facets = titles.facets();
			Map<String, Long> months = new LinkedHashMap<>();
			found.getT3().forEach((month, count) -> months.put(month.toString(), count));
			return new Stats(province, today, titles.totalTitles(), titles.byTypeAndStatus(),
					facets.get("currentProvince"), facets.get("grantYear"), facets.get("productGroup"),
					titles.dataIssues(), found.getT2(), months);
		});
	}

	/**
	 * How many of the counted records are titles: granted, or granted once and ended
	 * since; applications still pending, refused or withdrawn are not.
	 */
	private static long titles(Map<String, Long> byStatus) {
		return byStatus.entrySet()
			.stream()
			.filter(status -> RegistrationStatus.valueOf(status.getKey()).isTitle())
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

	/**
	 * The titles counted: how many are titles (see {@link #titles(Map)}), by type and
	 * status, and the counts of every facet over all of them.
	 */
	public record TitleCounts(long totalTitles, Map<String, Map<String, Long>> byTypeAndStatus,
			Map<String, Map<String, Long>> facets) {

		public Map<String, Long> dataIssues() {
			return this.facets.get("dataIssue");
		}

	}

	/**
	 * The figures, each map in a stable order (enumerations as declared, years ascending,
	 * months in order).
	 */
	public record Stats(String province, LocalDate asOf, long totalTitles,
			Map<String, Map<String, Long>> byTypeAndStatus, Map<String, Long> byCurrentProvince,
			Map<String, Long> grantedPerYear, Map<String, Long> byProductGroup, Map<String, Long> dataIssues,
			Map<Integer, Long> ocopByStars, Map<String, Long> deadlinesByMonth) {
	}

}
