package vn.dost.registry.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.dost.registry.holders.Holder;
import vn.dost.registry.holders.HolderNotFound;
import vn.dost.registry.holders.HolderService;
import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.security.Actor;
import vn.dost.registry.security.Role;
import vn.dost.registry.security.UserAccount;
import vn.dost.registry.security.UserDirectory;
import vn.dost.registry.shared.TimeConfiguration;

/**
 * Once a day, each officer and each cooperative's user with an e-mail address and
 * something due in the next 30 days gets one e-mail listing it, in Vietnamese: an officer
 * what is due in its provinces, a cooperative's user what is due on its own
 * organisation's titles, rights to use and OCOP products. The same digest is on
 * {@code GET /api/v1/deadlines/digest}. Off unless {@code registry.digest.enabled} is
 * true and {@code spring.mail.host} names an SMTP server.
 */
@Component
public class DeadlineDigest {

	private static final Logger log = LoggerFactory.getLogger(DeadlineDigest.class);

	static final int DAYS = 30;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Deadlines deadlines;

	private final UserDirectory users;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final Provinces provinces;

	private final HolderService holders;

	private final Clock clock;

	private final boolean enabled;

	private final String from;

	DeadlineDigest(Deadlines deadlines, UserDirectory users, ObjectProvider<JavaMailSender> mail,
			MessageSource messages, Provinces provinces, HolderService holders, Clock clock,
			@Value("${registry.digest.enabled:false}") boolean enabled,
			@Value("${registry.digest.from:registry@localhost}") String from) {
		this.deadlines = deadlines;
		this.users = users;
		this.mail = mail;
		this.messages = messages;
		this.provinces = provinces;
		this.holders = holders;
		this.clock = clock;
		this.enabled = enabled;
		this.from = from;
	}

	/** What is due for the actor in the next 30 days. */
	public Mono<DeadlineList> forActor(Actor actor) {
		return Mono.defer(() -> {
			LocalDate today = TimeConfiguration.today(this.clock);
			return this.deadlines.between(today, today.plusDays(DAYS), today,
					DeadlineScope.of(actor, null, this.provinces));
		});
	}

	/**
	 * Sends today's digests; answers how many e-mails went out. Deferred: the scheduler
	 * obtains this publisher once and subscribes to it every day.
	 */
	@Scheduled(cron = "${registry.digest.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	public Mono<Long> sendAll() {
		return Mono.defer(this::sendNow);
	}

	private Mono<Long> sendNow() {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (!this.enabled || sender == null) {
			if (this.enabled) {
				log.warn("Daily digest is enabled but no SMTP server is configured (spring.mail.host)");
			}
			return Mono.just(0L);
		}
		return this.users.withEmail(Set.of(Role.OFFICER, Role.HOLDER))
			.concatMap(user -> forActor(user.actor()).filter(digest -> !digest.items().isEmpty())
				.flatMap(digest -> addressee(user).flatMap(name -> send(sender, user, name, digest))))
			.count()
			.doOnNext(count -> log.info("Daily digest: {} e-mails sent", count));
	}

	/**
	 * Whom the e-mail addresses: an officer by its user name, a cooperative's user by its
	 * organisation's name (the user name if the organisation is gone).
	 */
	private Mono<String> addressee(UserAccount user) {
		if (user.actor().readsAll() || user.holderId() == null) {
			return Mono.just(user.username());
		}
		return this.holders.require(user.holderId())
			.map(Holder::name)
			.onErrorResume(HolderNotFound.class, gone -> Mono.just(user.username()));
	}

	private Mono<Boolean> send(JavaMailSender sender, UserAccount user, String addressee, DeadlineList digest) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(user.email());
		message.setSubject(text("digest.subject", digest.items().size(), DAYS));
		message.setText(body(user, addressee, digest));
		return Mono.fromRunnable(() -> sender.send(message))
			.subscribeOn(Schedulers.boundedElastic())
			.thenReturn(true)
			.onErrorResume(ex -> {
				log.warn("Daily digest to {} not sent: {}", user.username(), ex.toString());
				return Mono.empty();
			});
	}

	private String body(UserAccount user, String addressee, DeadlineList digest) {
		StringBuilder body = new StringBuilder(text("digest.greeting", addressee)).append("\n\n");
		if (!user.actor().readsAll()) {
			body.append(text("digest.holderIntro", addressee, DAYS)).append("\n\n");
		}
		for (Deadline deadline : digest.items()) {
			body.append(DAY.format(deadline.dueDate()))
				.append(" — ")
				.append(text("deadline." + deadline.kind().name()))
				.append(": ")
				.append(deadline.name());
			if (deadline.titleName() != null) {
				body.append(" (").append(deadline.titleName()).append(')');
			}
			if (deadline.province() != null) {
				body.append(" — ").append(deadline.province());
			}
			body.append('\n');
		}
		return body.append('\n').append(text("digest.footer")).append('\n').toString();
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VIETNAMESE);
	}

}
