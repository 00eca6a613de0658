package vn.dost.registry.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.dost.registry.ocop.OcopProduct;
import vn.dost.registry.ocop.OcopProducts;
import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.registry.AuthorisedUser;
import vn.dost.registry.registry.AuthorisedUserStatus;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.registry.Renewal;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.TimeConfiguration;
import vn.dost.registry.shared.VietnameseText;

/**
 * Works out what falls due in a window from today (Asia/Ho_Chi_Minh): marks from the
 * search index, OCOP certificates, and rights to use titles. Nothing is stored; every
 * list is computed from the records.
 */
@Service
public class Deadlines {

	static final Period DEFAULT_WINDOW = Period.ofMonths(6);

	private static final Period LONGEST_WINDOW = Period.ofYears(2);

	private final RegistrationService registrations;

	private final OcopProducts ocop;

	private final Provinces provinces;

	private final Clock clock;

	Deadlines(RegistrationService registrations, OcopProducts ocop, Provinces provinces, Clock clock) {
		this.registrations = registrations;
		this.ocop = ocop;
		this.provinces = provinces;
		this.clock = clock;
	}

	/**
	 * The deadlines the actor is concerned with in the window (an ISO-8601 period such as
	 * {@code P6M}).
	 */
	public Mono<DeadlineList> within(Actor actor, String window, String province) {
		return Mono.defer(() -> {
			Period period = period(window);
			DeadlineScope scope = DeadlineScope.of(actor, province, this.provinces);
			LocalDate today = TimeConfiguration.today(this.clock);
			return between(today, today.plus(period), today.minus(period), scope);
		});
	}

	/**
	 * How many deadlines fall in each of the next {@code months} calendar months, this
	 * one first (every month present, 0 when nothing falls due).
	 */
	public Mono<Map<YearMonth, Long>> perMonth(Actor actor, String province, int months) {
		return Mono.defer(() -> {
			DeadlineScope scope = DeadlineScope.of(actor, province, this.provinces);
			LocalDate today = TimeConfiguration.today(this.clock);
			YearMonth first = YearMonth.from(today);
			LocalDate end = first.plusMonths(months - 1L).atEndOfMonth();
			return between(today, end, today, scope).map(found -> {
				Map<YearMonth, Long> counts = new LinkedHashMap<>();
				for (int i = 0; i < months; i++) {
					counts.put(first.plusMonths(i), 0L);
				}
				found.items().forEach(deadline -> counts.merge(YearMonth.from(deadline.dueDate()), 1L, Long::sum));
				return counts;
			});
		});
	}

	/**
	 * What falls due from {@code today} to {@code end}, and the marks that lapsed from
	 * {@code lapsedSince} until today.
	 */
	Mono<DeadlineList> between(LocalDate today, LocalDate end, LocalDate lapsedSince, DeadlineScope scope) {
		Mono<List<Deadline>> marks = this.registrations
			.marksExpiringBetween(lapsedSince.minusMonths(Renewal.WINDOW_MONTHS), end.plusMonths(Renewal.WINDOW_MONTHS),
					scope.provinceList(), scope.holderId())
			.map(titles -> titles.stream().flatMap(title -> marks(title, today, end, lapsedSince)).toList());
		Mono<List<Deadline>> products = this.ocop.validUntilBetween(today, end)
			.filter(product -> scope.covers(product.getCurrentProvinces(), product.getHolderId()))
			.map(Deadlines::certificate)
			.collectList();
		Mono<List<Deadline>> users = this.registrations.withUsersEndingBetween(today, end)
			.filter(title -> scope.covers(title.getFacts().currentProvinces(), title.getFacts().holderId()))
			.flatMapIterable(title -> rights(title, today, end))
			.collectList();
		return Mono.zip(marks, products, users).map(found -> {
			List<Deadline> all = new ArrayList<>(found.getT1());
			all.addAll(found.getT2());
			all.addAll(found.getT3());
			// each name's collation key made once: thousands of deadlines are sorted at
			// national scale
			Map<String, String> keys = new HashMap<>();
			all.sort(Comparator.comparing(Deadline::dueDate)
				.thenComparing(Deadline::kind)
				.thenComparing(deadline -> keys.computeIfAbsent(deadline.name() == null ? "" : deadline.name(),
						VietnameseText::collationKey)));
			return new DeadlineList(today, end, all);
		});
	}

	private static Stream<Deadline> marks(RegistrationListing title, LocalDate today, LocalDate end,
			LocalDate lapsedSince) {
		return Stream
			.concat(MarkDeadlines.between(title, today, end).stream(),
					MarkDeadlines.lapsedBetween(title, lapsedSince, today).stream())
			.map(due -> about(title, due.kind(), due.date()));
	}

	private static Deadline about(RegistrationListing title, DeadlineKind kind, LocalDate day) {
		return new Deadline(kind, day, title.id(), null, null, title.facts().name(), null, title.facts().holderName(),
				first(title.facts().currentProvinces()));
	}

	private static Deadline certificate(OcopProduct product) {
		return new Deadline(DeadlineKind.OCOP_CERTIFICATE_EXPIRES, product.getValidUntil(), null, product.getId(), null,
				product.getName(), null, product.getProducerName(), first(product.getCurrentProvinces()));
	}

	private static List<Deadline> rights(Registration title, LocalDate today, LocalDate end) {
		List<Deadline> due = new ArrayList<>();
		for (AuthorisedUser user : title.getAuthorisedUsers()) {
			if (user.status() == AuthorisedUserStatus.ACTIVE && user.validUntil() != null
					&& !user.validUntil().isBefore(today) && !user.validUntil().isAfter(end)) {
				due.add(new Deadline(DeadlineKind.AUTHORISED_USER_EXPIRES, user.validUntil(), title.getId(), null,
						user.id(), user.name(), title.getFacts().name(), title.getFacts().holderName(),
						first(title.getFacts().currentProvinces())));
			}
		}
		return due;
	}

	private static String first(List<String> provinces) {
		return provinces.isEmpty() ? null : provinces.get(0);
	}

	/**
	 * The window asked for: an ISO-8601 period from one day up to two years; {@code P6M}
	 * when not given.
	 */
	static Period period(String window) {
		if (window == null || window.isBlank()) {
			return DEFAULT_WINDOW;
		}
		Period period;
		try {
			period = Period.parse(window.strip());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of("within", "validation.period");
		}
		LocalDate origin = LocalDate.of(2000, 1, 1);
		if (!origin.plus(period).isAfter(origin) || origin.plus(period).isAfter(origin.plus(LONGEST_WINDOW))) {
			throw InvalidInput.of("within", "validation.period");
		}
		return period;
	}

}
