package vn.dost.registry.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.dost.registry.audit.AuditLog;
import vn.dost.registry.shared.StartupTask;

/**
 * On the first start (no user at all) creates {@code admin} with the password from
 * {@code REGISTRY_ADMIN_PASSWORD}, or a random one logged once. There is no default
 * password.
 */
@Component
class AdminBootstrap implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	private final String configuredPassword;

	private final Clock clock;

	private final AuditLog audit;

	AdminBootstrap(UserAccounts accounts, PasswordEncoder encoder,
			@Value("${registry.admin-password:}") String configuredPassword, Clock clock, AuditLog audit) {
		this.audit = audit;
		this.accounts = accounts;
		this.encoder = encoder;
		this.configuredPassword = configuredPassword;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public Mono<Void> run() {
		// Two instances starting together on one database: the second insert of "admin"
		// fails; that is fine.
		return this.accounts.count()
			.filter(count -> count == 0)
			.flatMap(none -> createAdmin())
			.onErrorResume(DuplicateKeyException.class, ex -> Mono.empty())
			.then();
	}

	private Mono<UserAccount> createAdmin() {
		boolean generated = this.configuredPassword.isBlank();
		// Reading the random source and hashing both block: neither may run on the
		// driver's event loop.
		return Mono.fromCallable(() -> generated ? randomPassword() : this.configuredPassword)
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(password -> createAdmin(password, generated));
	}

	private Mono<UserAccount> createAdmin(String password, boolean generated) {
		return Mono.fromCallable(() -> this.encoder.encode(password))
			.subscribeOn(Schedulers.boundedElastic())
			.map(hash -> new UserAccount("admin", hash, Set.of(Role.ADMIN), List.of(), null, null, null, false, null,
					this.clock.instant(), this.clock.instant()))
			.flatMap(this.accounts::save)
			.flatMap(saved -> this.audit.record(UserChanges.created(saved, Actor.SYSTEM.username())).thenReturn(saved))
			.doOnNext(saved -> {
				if (generated) {
					log.warn("First start: created user 'admin' with the generated password {} "
							+ "(shown once; set REGISTRY_ADMIN_PASSWORD to choose it)", password);
				}
				else {
					log.info("First start: created user 'admin' with the password from REGISTRY_ADMIN_PASSWORD");
				}
			});
	}

	private static String randomPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
