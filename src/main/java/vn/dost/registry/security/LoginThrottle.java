package vn.dost.registry.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits failed sign-ins, per user name and per client address: once either has used up
 * its failures for the window (10 per user name, 50 per address in 5 minutes by default),
 * every sign-in for it is refused, right password or not, until the window ends. Every
 * way of signing in (HTTP Basic, the workspace's form) goes through the one instance, so
 * they share the counts. Counts live in this instance's memory (Bucket4j token buckets)
 * and are lost on restart.
 */
@Component
public class LoginThrottle {

	/** The limit a refused or counted attempt ran into. */
	public enum Limit {

		/** Failures for one user name, whatever the address. */
		USER,

		/** Failures from one client address, whatever the user name. */
		ADDRESS

	}

	/**
	 * What a failed attempt did: the wait it must be answered with when it came over a
	 * limit (empty: answer 401), and the limits it used up just now (to be put on record
	 * once).
	 */
	public record Failure(Optional<Duration> refusal, List<Limit> limitsReached) {
	}

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	/**
	 * Buckets kept at most; more only when some have refilled (an attacker trying random
	 * names from many addresses).
	 */
	static final int MAX_BUCKETS = 100_000;

	/** From this many buckets on, refilled ones are dropped now and then. */
	static final int SWEEP_FROM = 1_000;

	private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

	/** User names are cut to this length in the key (the header can be long). */
	private static final int NAME_MAX = 200;

	private final Window user;

	private final Window address;

	private final TimeMeter time;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final AtomicLong lastSweep = new AtomicLong();

	private record Window(Limit limit, long failures, Duration length) {

		String key(String value) {
			return this.limit.name() + ":" + value;
		}

	}

	@Autowired
	LoginThrottle(@Value("${registry.security.login-limit.user-failures:10}") long userFailures,
			@Value("${registry.security.login-limit.address-failures:50}") long addressFailures,
			@Value("${registry.security.login-limit.window:PT5M}") Duration window) {
		this(userFailures, addressFailures, window, TimeMeter.SYSTEM_NANOTIME);
	}

	LoginThrottle(long userFailures, long addressFailures, Duration window, TimeMeter time) {
		this.user = new Window(Limit.USER, userFailures, window);
		this.address = new Window(Limit.ADDRESS, addressFailures, window);
		this.time = time;
		this.lastSweep.set(time.currentTimeNanos() - SWEEP_EVERY.toNanos());
	}

	/**
	 * How long a sign-in for this user name from this address must wait; empty when it
	 * may be tried now.
	 */
	public Optional<Duration> refusal(String username, String clientAddress) {
		long nanos = Math.max(waitNanos(this.user.key(name(username))), waitNanos(this.address.key(clientAddress)));
		return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
	}

	/** Counts a failed sign-in against the user name and the address. */
	public Failure failed(String username, String clientAddress) {
		long wait = 0;
		List<Limit> reached = new ArrayList<>();
		for (Window window : List.of(this.user, this.address)) {
			String value = window == this.user ? name(username) : clientAddress;
			ConsumptionProbe probe = consume(window, window.key(value));
			if (probe == null) {
				continue;
			}
			if (!probe.isConsumed()) {
				wait = Math.max(wait, probe.getNanosToWaitForRefill());
			}
			else if (probe.getRemainingTokens() == 0) {
				reached.add(window.limit());
			}
		}
		return new Failure(wait > 0 ? Optional.of(Duration.ofNanos(wait)) : Optional.empty(), List.copyOf(reached));
	}

	/** Buckets in memory now (for tests and the sweep). */
	int size() {
		return this.buckets.size();
	}

	private long waitNanos(String key) {
		Bucket bucket = this.buckets.get(key);
		return bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
	}

	private ConsumptionProbe consume(Window window, String key) {
		if (this.buckets.size() >= SWEEP_FROM) {
			sweepNowAndThen();
		}
		if (this.buckets.size() >= MAX_BUCKETS && !this.buckets.containsKey(key)) {
			return null;
		}
		ConsumptionProbe[] probe = new ConsumptionProbe[1];
		// Counting inside compute: the sweep cannot drop the bucket between lookup and
		// count.
		this.buckets.compute(key, (k, bucket) -> {
			Bucket counted = bucket != null ? bucket : newBucket(window);
			probe[0] = counted.tryConsumeAndReturnRemaining(1);
			return counted;
		});
		return probe[0];
	}

	/**
	 * Drops the buckets that have refilled, at most once a minute: a full sweep walks
	 * every bucket.
	 */
	private void sweepNowAndThen() {
		long now = this.time.currentTimeNanos();
		long last = this.lastSweep.get();
		if (now - last >= SWEEP_EVERY.toNanos() && this.lastSweep.compareAndSet(last, now)) {
			sweep();
			if (this.buckets.size() >= MAX_BUCKETS) {
				log.warn("Sign-in limits: {} counters in memory; failures of new names and addresses are not counted "
						+ "until some refill", this.buckets.size());
			}
		}
	}

	/** Drops the buckets that have refilled: they count nothing any more. */
	void sweep() {
		for (String key : List.copyOf(this.buckets.keySet())) {
			long capacity = key.startsWith(Limit.USER.name()) ? this.user.failures() : this.address.failures();
			this.buckets.computeIfPresent(key, (k, bucket) -> bucket.getAvailableTokens() >= capacity ? null : bucket);
		}
	}

	private Bucket newBucket(Window window) {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(window.failures()).refillIntervally(window.failures(), window.length()))
			.withCustomTimePrecision(this.time)
			.build();
	}

	private static String name(String username) {
		String name = username == null ? "" : username;
		return name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name;
	}

}
