package vn.dost.registry.shared;

/**
 * Optimistic locking over HTTP: {@code ETag: "<version>"} out,
 * {@code If-Match: "<version>"} in.
 */
public final class Versions {

	private Versions() {
	}

	public static String etag(Long version) {
		return "\"" + (version == null ? 0 : version) + "\"";
	}

	/**
	 * Checks that the client's {@code If-Match} names the stored version: 428 when it is
	 * missing, 412 when it is stale or unreadable.
	 */
	public static void requireMatch(String ifMatch, Long stored) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequired();
		}
		long current = stored == null ? 0 : stored;
		String value = ifMatch.strip();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		if (!value.equals("*") && !value.equals(Long.toString(current))) {
			throw new StaleVersion(current);
		}
	}

}
