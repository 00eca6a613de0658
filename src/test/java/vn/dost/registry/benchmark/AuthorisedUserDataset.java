package vn.dost.registry.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.dost.registry.registry.AuthorisedUserDraft;
import vn.dost.registry.registry.AuthorisedUserTransitionNotAllowed;
import vn.dost.registry.registry.AuthorisedUsers;
import vn.dost.registry.security.Actor;

/**
 * The authorised users of the search benchmark's dataset ({@link SearchDataset}'s fourth
 * argument): Vietnamese households, cooperatives, enterprises and production units spread
 * over the titles the public sees (granted and marked public), about as many per title as
 * the total asks, each with a commune, a province, a code of the title's own series and
 * an address (never indexed). A fifth have an end date, some of them past (expired).
 * Written through the registry's own service, all users of a title in one write.
 * Deterministic (its own fixed seed).
 */
final class AuthorisedUserDataset {

	private static final long SEED = 20_261_204L;

	private static final int CONCURRENCY = 8;

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	private static final List<String> KINDS = List.of("Hộ kinh doanh ", "Hộ sản xuất ", "Cơ sở sản xuất ",
			"Hợp tác xã ", "Công ty TNHH ", "Tổ hợp tác ");

	private final Random random = new Random(SEED);

	private final List<String> family;

	private final List<String> middle;

	private final List<String> given;

	private final List<String> places;

	AuthorisedUserDataset(List<String> family, List<String> middle, List<String> given, List<String> places) {
		this.family = family;
		this.middle = middle;
		this.given = given;
		this.places = places;
	}

	/**
	 * Adds {@code total} users over the titles (id → province), skipping titles that are
	 * not granted today (a mark lapsed meanwhile); answers how many were added.
	 */
	long add(AuthorisedUsers users, Map<String, String> titles, int total, LocalDate today) {
		Map<String, List<AuthorisedUserDraft>> byTitle = new LinkedHashMap<>();
		int left = total;
		int remaining = titles.size();
		int serial = 0;
		for (Map.Entry<String, String> title : titles.entrySet()) {
			int mean = Math.max(1, left / Math.max(1, remaining--));
			int count = remaining == 0 ? left : Math.min(left, 1 + this.random.nextInt(2 * mean - 1));
			List<AuthorisedUserDraft> drafts = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				drafts.add(user(title.getValue(), ++serial, today));
			}
			left -= count;
			byTitle.put(title.getKey(), drafts);
		}
		return Flux.fromIterable(byTitle.entrySet())
			.flatMap(entry -> users.addAll(entry.getKey(), entry.getValue(), Actor.SYSTEM)
				.map(added -> (long) added.size())
				.onErrorResume(AuthorisedUserTransitionNotAllowed.class, lapsed -> Mono.just(0L)), CONCURRENCY)
			.reduce(0L, Long::sum)
			.block(TIMEOUT);
	}

	private AuthorisedUserDraft user(String province, int serial, LocalDate today) {
		String person = pick(this.family) + " " + pick(this.middle) + " " + pick(this.given);
		String kind = pick(KINDS);
		String name = kind.startsWith("Hộ") || kind.startsWith("Cơ sở") ? kind + person : kind + pick(this.places);
		String commune = "xã " + pick(this.places);
		LocalDate granted = today.minusDays(30 + this.random.nextInt(3_000));
		LocalDate until = this.random.nextDouble() < 0.2 ? granted.plusYears(1 + this.random.nextInt(5)) : null;
		String code = String.format("C%06d-%s", serial, initials(commune));
		return new AuthorisedUserDraft(name, "Thôn " + (1 + this.random.nextInt(12)) + ", " + commune, commune,
				province, code, serial + "/QĐ-UBND", granted, until);
	}

	private static String initials(String text) {
		StringBuilder initials = new StringBuilder();
		for (String word : text.split(" ")) {
			initials.append(Character.toUpperCase(word.charAt(0)));
		}
		return initials.toString();
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
