package vn.dost.registry.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Sign-ins whose password was checked and right, remembered for a few minutes. Every API
 * request carries the password, and checking a BCrypt hash costs tens of milliseconds of
 * CPU: without this a screen that searches as the officer types would spend most of the
 * server on hashing. Remembered is a keyed hash (HMAC with a key made at start and never
 * stored) of name and password, never the password; a changed account is forgotten at
 * once.
 */
final class RememberedSignIns {

	/**
	 * More remembered sign-ins than this and all are forgotten (a registry has hundreds
	 * of users).
	 */
	private static final int MAX_ENTRIES = 10_000;

	private final Duration remembered;

	private final SecretKeySpec key;

	private final Map<String, Remembered> verified = new ConcurrentHashMap<>();

	/**
	 * {@code until} in {@link System#nanoTime()}: the business clock may be moved, this
	 * must not.
	 */
	private record Remembered(String username, Authentication authentication, long until) {
	}

	RememberedSignIns(Duration remembered) {
		this.remembered = remembered;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	/** The sign-in these credentials made a short while ago; null if none. */
	Authentication recall(Authentication presented) {
		String fingerprint = fingerprint(presented);
		Remembered known = fingerprint == null ? null : this.verified.get(fingerprint);
		return known != null && System.nanoTime() - known.until() < 0 ? known.authentication() : null;
	}

	/** Remembers that these credentials, just checked, made this sign-in. */
	void remember(Authentication presented, Authentication verified) {
		String fingerprint = fingerprint(presented);
		if (fingerprint == null) {
			return;
		}
		if (this.verified.size() >= MAX_ENTRIES) {
			this.verified.clear();
		}
		this.verified.put(fingerprint,
				new Remembered(presented.getName(), verified, System.nanoTime() + this.remembered.toNanos()));
	}

	/** Forgets every remembered sign-in of the user: called when the account changes. */
	void forget(String username) {
		this.verified.values().removeIf(entry -> entry.username().equals(username));
	}

	private String fingerprint(Authentication presented) {
		if (this.remembered.isZero() || !(presented instanceof UsernamePasswordAuthenticationToken)
				|| presented.getCredentials() == null) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update(presented.getName().getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of()
				.formatHex(mac.doFinal(presented.getCredentials().toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
