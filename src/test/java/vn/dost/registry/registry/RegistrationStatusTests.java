package vn.dost.registry.registry;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dost.registry.registry.LifecycleAction.ACCEPT;
import static vn.dost.registry.registry.LifecycleAction.AMEND;
import static vn.dost.registry.registry.LifecycleAction.GRANT;
import static vn.dost.registry.registry.LifecycleAction.INVALIDATE;
import static vn.dost.registry.registry.LifecycleAction.PUBLISH;
import static vn.dost.registry.registry.LifecycleAction.REFUSE;
import static vn.dost.registry.registry.LifecycleAction.RENEW;
import static vn.dost.registry.registry.LifecycleAction.TERMINATE;
import static vn.dost.registry.registry.LifecycleAction.WITHDRAW;
import static vn.dost.registry.registry.RegistrationStatus.ACCEPTED;
import static vn.dost.registry.registry.RegistrationStatus.EXPIRED;
import static vn.dost.registry.registry.RegistrationStatus.FILED;
import static vn.dost.registry.registry.RegistrationStatus.GRANTED;
import static vn.dost.registry.registry.RegistrationStatus.INVALIDATED;
import static vn.dost.registry.registry.RegistrationStatus.PUBLISHED;
import static vn.dost.registry.registry.RegistrationStatus.REFUSED;
import static vn.dost.registry.registry.RegistrationStatus.TERMINATED;
import static vn.dost.registry.registry.RegistrationStatus.WITHDRAWN;

/**
 * The transition table of the contract, written out independently and compared pair by
 * pair.
 */
class RegistrationStatusTests {

	/**
	 * The contract's lifecycle table: (from, action) → to. Every pair not listed is
	 * illegal.
	 */
	static final Map<RegistrationStatus, Map<LifecycleAction, RegistrationStatus>> CONTRACT = new EnumMap<>(
			RegistrationStatus.class);

	static {
		put(FILED, ACCEPT, ACCEPTED);
		put(ACCEPTED, PUBLISH, PUBLISHED);
		put(PUBLISHED, GRANT, GRANTED);
		for (RegistrationStatus pending : new RegistrationStatus[] { FILED, ACCEPTED, PUBLISHED }) {
			put(pending, REFUSE, REFUSED);
			put(pending, WITHDRAW, WITHDRAWN);
		}
		put(GRANTED, RENEW, GRANTED);
		put(EXPIRED, RENEW, GRANTED);
		put(GRANTED, TERMINATE, TERMINATED);
		put(GRANTED, INVALIDATE, INVALIDATED);
		put(TERMINATED, INVALIDATE, INVALIDATED);
		put(EXPIRED, INVALIDATE, INVALIDATED);
		put(GRANTED, AMEND, GRANTED);
	}

	private static void put(RegistrationStatus from, LifecycleAction action, RegistrationStatus to) {
		CONTRACT.computeIfAbsent(from, key -> new EnumMap<>(LifecycleAction.class)).put(action, to);
	}

	static RegistrationStatus expected(RegistrationStatus from, LifecycleAction action) {
		return CONTRACT.getOrDefault(from, Map.of()).get(action);
	}

	@Test
	void allowsExactlyTheTransitionsOfTheContract() {
		int allowed = 0;
		for (RegistrationStatus from : RegistrationStatus.values()) {
			for (LifecycleAction action : LifecycleAction.values()) {
				RegistrationStatus expected = expected(from, action);
				assertThat(from.after(action)).as("%s from %s", action, from)
					.isEqualTo(java.util.Optional.ofNullable(expected));
				allowed += expected == null ? 0 : 1;
			}
		}
		assertThat(allowed).isEqualTo(16);
	}

	@Test
	void showsOnlyGrantedTitlesAndWhatBecameOfThemAsTitles() {
		assertThat(Arrays.stream(RegistrationStatus.values()).filter(RegistrationStatus::isTitle))
			.containsExactlyInAnyOrder(GRANTED, EXPIRED, TERMINATED, INVALIDATED);
	}

}
