package vn.dost.registry.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** History actions are stored by name; a name this version does not know still reads. */
class HistoryActionTests {

	@Test
	void namesEachLifecycleActionsEntryAsTheActionIsNamed() {
		for (LifecycleAction action : LifecycleAction.values()) {
			assertThat(HistoryAction.of(action).name()).isEqualTo(action.name());
		}
	}

	@Test
	void namesEachDecisionOnAnAuthorisedUserAsStoredBefore() {
		assertThat(HistoryAction.of(AuthorisedUserAction.SUSPEND)).isEqualTo(HistoryAction.AUTHORISED_USER_SUSPEND);
		assertThat(HistoryAction.of(AuthorisedUserAction.REINSTATE)).isEqualTo(HistoryAction.AUTHORISED_USER_REINSTATE);
		assertThat(HistoryAction.of(AuthorisedUserAction.REVOKE)).isEqualTo(HistoryAction.AUTHORISED_USER_REVOKE);
	}

	@Test
	void readsEveryStoredNameAsItsActionAndAnyOtherAsUnknown() {
		for (HistoryAction action : HistoryAction.values()) {
			assertThat(HistoryAction.stored(action.name())).isEqualTo(action);
		}
		assertThat(HistoryAction.stored("CORRECTED_FROM_SOURCE")).isEqualTo(HistoryAction.UNKNOWN);
		assertThat(HistoryAction.stored("grant")).isEqualTo(HistoryAction.UNKNOWN);
		assertThat(HistoryAction.stored(null)).isEqualTo(HistoryAction.UNKNOWN);
	}

	@Test
	void keepsAnUnknownStoredActionAsStored() {
		HistoryEntry entry = new HistoryEntry(java.time.Instant.EPOCH, "someone", "CORRECTED_FROM_SOURCE", null, null,
				null, null, null, null, null);
		assertThat(entry.kind()).isEqualTo(HistoryAction.UNKNOWN);
		assertThat(entry.action()).isEqualTo("CORRECTED_FROM_SOURCE");
	}

}
