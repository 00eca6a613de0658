package vn.dost.registry.exchange;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids derived from what a record is, so that loading the same data twice finds what the
 * first load created.
 */
final class StableIds {

	private StableIds() {
	}

	/** A name-based (version 3) UUID of the key. */
	static String of(String key) {
		return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
	}

}
