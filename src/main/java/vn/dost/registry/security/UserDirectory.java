package vn.dost.registry.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import vn.dost.registry.audit.AuditAction;
import vn.dost.registry.audit.AuditEvent;
import vn.dost.registry.audit.AuditLog;
import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.shared.Conflict;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.PageResponse;
import vn.dost.registry.shared.ResourceNotFound;
import vn.dost.registry.shared.Versions;
import vn.dost.registry.shared.VietnameseText;
import vn.dost.registry.shared.Violations;

/**
 * Creates and changes users: valid roles, 2025 provinces for officers, a real holder for
 * holder users.
 */
@Service
public class UserDirectory {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	private final UserAccounts accounts;

	private final ReactiveMongoTemplate mongo;

	private final PasswordEncoder encoder;

	private final Provinces provinces;

	private final KnownHolders holders;

	private final Clock clock;

	/** Remembered sign-ins, forgotten when an account changes. */
	private final LoginGuard signIns;

	private final AuditLog audit;

	UserDirectory(UserAccounts accounts, ReactiveMongoTemplate mongo, PasswordEncoder encoder, Provinces provinces,
			KnownHolders holders, Clock clock, LoginGuard signIns, AuditLog audit) {
		this.signIns = signIns;
		this.audit = audit;
		this.accounts = accounts;
		this.mongo = mongo;
		this.encoder = encoder;
		this.provinces = provinces;
		this.holders = holders;
		this.clock = clock;
	}

	/**
	 * What an administrator sends to create or change a user; the password is optional on
	 * a change.
	 */
	public record UserChange(String username, String password, Set<Role> roles, List<String> provinces, String holderId,
			String email, Boolean disabled) {
	}

	public Mono<PageResponse<UserAccount>> list(PageRequest page) {
		Query query = new Query().with(Sort.by("_id")).skip(page.offset()).limit(page.size());
		return this.mongo.find(query, UserAccount.class)
			.collectList()
			.zipWith(this.mongo.count(new Query(), UserAccount.class))
			.map(found -> PageResponse.of(found.getT1(), page, found.getT2()));
	}

	public Mono<UserAccount> find(String username) {
		return this.accounts.findById(username).switchIfEmpty(Mono.error(new ResourceNotFound("user", username)));
	}

	/** Creates the user and puts it on the audit trail, as done by the given actor. */
	public Mono<UserAccount> create(UserChange change, String actor) {
		return checked(change, true).flatMap(scope -> hash(change.password()).flatMap(hash -> {
			var now = this.clock.instant();
			return this.mongo.insert(new UserAccount(change.username(), hash, Set.copyOf(change.roles()), scope,
					change.holderId(), VietnameseText.clean(change.email()), null,
					Boolean.TRUE.equals(change.disabled()), null, now, now));
		}))
			.onErrorMap(DuplicateKeyException.class, ex -> new Conflict("duplicate-user", change.username()))
			.flatMap(created -> this.audit.record(UserChanges.created(created, actor)).thenReturn(created));
	}

	/**
	 * Changes the user (a password only when one is given) and puts each kind of change
	 * on the audit trail, with what it was before and after.
	 */
	public Mono<UserAccount> update(String username, String ifMatch, UserChange change, String actor) {
		return checked(change, false).flatMap(scope -> find(username).flatMap(existing -> {
			Versions.requireMatch(ifMatch, existing.version());
			Mono<String> newHash = change.password() == null ? Mono.just("") : hash(change.password());
			return newHash
				.map(hash -> existing.withChanges(hash.isEmpty() ? null : hash, Set.copyOf(change.roles()), scope,
						change.holderId(), VietnameseText.clean(change.email()), change.disabled(),
						this.clock.instant()))
				.flatMap(this.accounts::save)
				.doOnNext(saved -> this.signIns.forget(username))
				.flatMap(saved -> this.audit
					.record(UserChanges.between(existing, saved, change.password() != null, actor))
					.thenReturn(saved));
		}));
	}

	/**
	 * Checks a user as {@link #create} (or, not {@code creating}, {@link #update}) does,
	 * writing nothing; fails with {@link InvalidInput}.
	 */
	public Mono<Void> check(UserChange change, boolean creating) {
		return checked(change, creating).then();
	}

	/**
	 * Every field of the change at once, the holder's existence included; answers the
	 * provinces in their canonical spelling.
	 */
	private Mono<List<String>> checked(UserChange change, boolean creating) {
		Violations violations = new Violations();
		if (creating) {
			violations.when(change.username() == null || !USERNAME.matcher(change.username()).matches(), "username",
					"validation.username");
			violations.when(change.password() == null, "password", "validation.required");
		}
		List<String> scope = validate(change, violations);
		Mono<Boolean> holderKnown = change.holderId() == null ? Mono.just(true)
				: this.holders.exists(change.holderId());
		return holderKnown.map(known -> {
			violations.when(!known, "holderId", "validation.unknownHolder");
			violations.throwIfAny();
			return scope;
		});
	}

	/**
	 * Makes a new calendar feed token for the user, replacing any earlier one, and
	 * answers it: it is shown this once; only its SHA-256 is stored.
	 */
	public Mono<String> newCalendarToken(String username) {
		return Mono.fromCallable(CalendarTokens::newToken)
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(token -> find(username)
				.map(account -> account.withCalendarTokenHash(CalendarTokens.hash(token), this.clock.instant()))
				.flatMap(this.accounts::save)
				.then(this.audit.record(AuditEvent.of(AuditAction.CALENDAR_TOKEN_ISSUED, username, username)))
				.thenReturn(token));
	}

	/**
	 * The user a calendar feed token belongs to, as an actor; empty for an unknown token
	 * or a disabled user.
	 */
	public Mono<Actor> actorOfCalendarToken(String token) {
		if (token == null || token.isBlank() || token.length() > 200) {
			return Mono.empty();
		}
		return this.mongo
			.findOne(Query.query(Criteria.where("calendarTokenHash").is(CalendarTokens.hash(token))), UserAccount.class)
			.filter(account -> !account.isDisabled())
			.map(UserAccount::actor);
	}

	/** Every user with an e-mail address and one of the roles, for the daily digest. */
	public Flux<UserAccount> withEmail(Set<Role> roles) {
		return this.mongo.find(Query.query(Criteria.where("email").ne(null).and("roles").in(roles)), UserAccount.class);
	}

	private List<String> validate(UserChange change, Violations violations) {
		violations.email(change.email(), "email");
		if (change.password() != null) {
			int bytes = change.password().getBytes(StandardCharsets.UTF_8).length;
			violations.when(change.password().length() < 10 || bytes > 72, "password", "validation.password");
		}
		Set<Role> roles = change.roles() == null ? Set.of() : change.roles();
		violations.when(roles.isEmpty(), "roles", "validation.required");
		List<String> scope = new ArrayList<>();
		for (String province : change.provinces() == null ? List.<String>of() : change.provinces()) {
			String known = this.provinces.isCurrent(province) ? this.provinces.canonicalName(province).get() : null;
			violations.when(known == null, "provinces", "validation.currentProvince", province);
			if (known != null) {
				scope.add(known);
			}
		}
		violations.when(roles.contains(Role.OFFICER) && scope.isEmpty(), "provinces", "validation.officerProvinces");
		violations.when(roles.contains(Role.HOLDER) && change.holderId() == null, "holderId", "validation.required");
		return List.copyOf(new LinkedHashSet<>(scope));
	}

	private Mono<String> hash(String password) {
		return Mono.fromCallable(() -> this.encoder.encode(password)).subscribeOn(Schedulers.boundedElastic());
	}

}
