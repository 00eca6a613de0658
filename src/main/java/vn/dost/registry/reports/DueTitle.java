package vn.dost.registry.reports;

import java.time.LocalDate;

import vn.dost.registry.registry.RegistrationListing;

/** A mark with a renewal deadline in the report's window: what falls due and when. */
record DueTitle(RegistrationListing title, Kind kind, LocalDate date) {

	/** The deadline. */
	enum Kind {

		/** Renewal may be requested from this day. */
		WINDOW_OPENS("Bắt đầu thời hạn gia hạn"),
		/** The last day of the grace period. */
		GRACE_ENDS("Hết thời gian ân hạn");

		final String label;

		Kind(String label) {
			this.label = label;
		}

	}

}
