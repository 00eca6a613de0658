package vn.dost.registry.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.Changes;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.NotAllowed;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.PageResponse;
import vn.dost.registry.shared.TimeConfiguration;
import vn.dost.registry.shared.VietnameseText;
import vn.dost.registry.shared.Violations;

/**
 * The producers allowed to use a title. Officers manage them for titles of their
 * provinces, a holder's users for their own organisation's titles; every change is a
 * history entry of the title, written with it.
 */
@Service
public class AuthorisedUsers {

	private static final int NAME_MAX = 200;

	private static final int TEXT_MAX = 1_000;

	private static final int CODE_MAX = 60;

	private final RegistrationWriter writer;

	private final RegistrationService registrations;

	private final Provinces provinces;

	private final Clock clock;

	AuthorisedUsers(RegistrationWriter writer, RegistrationService registrations, Provinces provinces, Clock clock) {
		this.writer = writer;
		this.registrations = registrations;
		this.provinces = provinces;
		this.clock = clock;
	}

	/** One page of a title's authorised users, in the order they were added. */
	public Mono<PageResponse<AuthorisedUser>> list(String registrationId, PageRequest page, Actor actor) {
		return this.registrations.find(registrationId, actor).map(title -> {
			List<AuthorisedUser> all = title.getAuthorisedUsers();
			int from = (int) Math.min(page.offset(), all.size());
			int to = Math.min(from + page.size(), all.size());
			return PageResponse.of(all.subList(from, to), page, all.size());
		});
	}

	public Mono<AuthorisedUser> add(String registrationId, AuthorisedUserDraft draft, Actor actor) {
		AuthorisedUser user = newUser(check(draft));
		return change(registrationId, actor,
				title -> title.addAuthorisedUser(user, actor.username(), today(), this.clock.instant()), user.id());
	}

	/**
	 * Adds several producers to a title in one write, each with its own history entry (a
	 * list of users taken over from a spreadsheet; the benchmark's data); all or none.
	 */
	public Mono<List<AuthorisedUser>> addAll(String registrationId, List<AuthorisedUserDraft> drafts, Actor actor) {
		List<AuthorisedUser> users = drafts.stream().map(this::check).map(AuthorisedUsers::newUser).toList();
		return this.writer.change(registrationId, title -> {
			RegistrationService.requireRead(title, actor);
			requireManage(title, actor);
			users.forEach(user -> title.addAuthorisedUser(user, actor.username(), today(), this.clock.instant()));
			return Mono.just(true);
		}).thenReturn(users);
	}

	private static AuthorisedUser newUser(AuthorisedUserDraft facts) {
		return new AuthorisedUser(UUID.randomUUID().toString(), facts.name(), facts.address(), facts.commune(),
				facts.province(), facts.code(), facts.decisionNumber(), facts.grantedOn(), facts.validUntil(),
				AuthorisedUserStatus.ACTIVE, null, null);
	}

	public Mono<AuthorisedUser> update(String registrationId, String userId, AuthorisedUserDraft draft, Actor actor) {
		AuthorisedUserDraft facts = check(draft);
		return change(registrationId, actor,
				title -> title.changeAuthorisedUser(userId, facts, actor.username(), this.clock.instant()), userId);
	}

	/**
	 * Suspends, reinstates or revokes a right from the decision's date (today when not
	 * given; never in the future); suspending and revoking need a reason.
	 */
	public Mono<AuthorisedUser> decide(String registrationId, String userId, AuthorisedUserDecision decision,
			Actor actor) {
		Violations violations = new Violations();
		String why = violations.text(decision.reason(), "reason", TEXT_MAX);
		String reference = violations.text(decision.reference(), "reference", NAME_MAX);
		violations.when(why == null && decision.action() != AuthorisedUserAction.REINSTATE, "reason",
				"validation.required");
		LocalDate today = today();
		violations.when(decision.date() != null && decision.date().isAfter(today), "date", "validation.future");
		violations.throwIfAny();
		AuthorisedUserDecision checked = new AuthorisedUserDecision(decision.action(),
				decision.date() == null ? today : decision.date(), why, reference);
		return change(registrationId, actor,
				title -> title.decideAuthorisedUser(userId, checked, actor.username(), today, this.clock.instant()),
				userId);
	}

	/**
	 * Applies the change to the freshly read title and writes it; again from a fresh read
	 * when another write of the title came first (see {@link RegistrationWriter#change}).
	 */
	private Mono<AuthorisedUser> change(String registrationId, Actor actor, Consumer<Registration> change,
			String userId) {
		return this.writer.change(registrationId, title -> {
			RegistrationService.requireRead(title, actor);
			requireManage(title, actor);
			change.accept(title);
			return Mono.just(true);
		})
			.map(saved -> saved.getAuthorisedUsers()
				.stream()
				.filter(user -> user.id().equals(userId))
				.findFirst()
				.orElseThrow(() -> new AuthorisedUserNotFound(userId)));
	}

	private static void requireManage(Registration title, Actor actor) {
		boolean ownHolder = actor.holderId() != null && actor.holderId().equals(title.getFacts().holderId());
		if (!actor.mayWriteIn(title.getFacts().currentProvinces()) && !ownHolder) {
			throw new NotAllowed("msg.outsideProvinces");
		}
	}

	/** Checks an authorised user as adding it would; throws {@link InvalidInput}. */
	public void requireValid(AuthorisedUserDraft draft) {
		check(draft);
	}

	private AuthorisedUserDraft check(AuthorisedUserDraft draft) {
		Violations violations = new Violations();
		String name = violations.text(draft.name(), "name", NAME_MAX);
		violations.when(name == null, "name", "validation.required");
		String address = violations.text(draft.address(), "address", TEXT_MAX);
		String commune = violations.text(draft.commune(), "commune", NAME_MAX);
		String code = violations.text(draft.code(), "code", CODE_MAX);
		String decision = violations.text(draft.decisionNumber(), "decisionNumber", NAME_MAX);
		String province = VietnameseText.clean(draft.province());
		String known = province == null ? null : this.provinces.canonicalName(province).orElse(null);
		if (province != null && known == null) {
			violations.add(this.provinces.unknown("province", province));
		}
		LocalDate today = today();
		violations.when(draft.grantedOn() == null, "grantedOn", "validation.required");
		violations.when(draft.grantedOn() != null && draft.grantedOn().isAfter(today), "grantedOn",
				"validation.future");
		violations.when(
				draft.grantedOn() != null && draft.validUntil() != null
						&& draft.validUntil().isBefore(draft.grantedOn()),
				"validUntil", "validation.validUntilBeforeGranted");
		violations.throwIfAny();
		return new AuthorisedUserDraft(name, address, commune, known, code, decision, draft.grantedOn(),
				draft.validUntil());
	}

	private LocalDate today() {
		return TimeConfiguration.today(this.clock);
	}

	/**
	 * Each fact that differs, as {@code authorisedUsers/<id>/<field> → [old, new]}, the
	 * way history keeps it (a path with slashes: stored keys cannot hold dots); a null
	 * {@code before} is a new user.
	 */
	static Map<String, List<Object>> changes(AuthorisedUser before, AuthorisedUser after) {
		return Changes.between(before, after,
				fact -> fact.equals("id") ? null : "authorisedUsers/" + after.id() + "/" + fact);
	}

}
