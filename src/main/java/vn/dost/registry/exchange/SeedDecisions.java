package vn.dost.registry.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.dost.registry.registry.HistoryAction;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.Versions;

/**
 * Records the seed's later decisions (amendments) in the history of the seed titles they
 * concern, each once: a title whose history already has the decision (same action and
 * reference) is left alone.
 */
@Component
class SeedDecisions {

	/** The language history notes are written in, as officers write them. */
	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final RegistrationService registrations;

	private final MessageSource messages;

	SeedDecisions(RegistrationService registrations, MessageSource messages) {
		this.registrations = registrations;
		this.messages = messages;
	}

	/**
	 * Records each decision not yet in the history of its title (by the seed row's title
	 * id; rows without one are skipped); answers the ids of the titles that got one.
	 */
	Mono<List<String>> recordMissing(SeedFiles files, Map<SeedRow, String> titleIds) {
		return Flux.fromIterable(files.decisions())
			.concatMap(decision -> Mono.justOrEmpty(files.rowOf(decision).map(titleIds::get))
				.flatMap(this.registrations::stored)
				.filter(title -> !recorded(title, decision))
				.flatMap(title -> record(title, decision)))
			.map(Registration::getId)
			.collectList();
	}

	private Mono<Registration> record(Registration title, SeedDecision decision) {
		String note = this.messages.getMessage("msg.seed.decision", new Object[] { decision.note(), decision.source() },
				VIETNAMESE);
		return this.registrations.recordAmendment(title.getId(), Versions.etag(title.getVersion()), decision.date(),
				decision.reference(), note, Actor.SYSTEM);
	}

	private static boolean recorded(Registration title, SeedDecision decision) {
		return title.getHistory()
			.stream()
			.anyMatch(entry -> entry.kind() == HistoryAction.of(decision.action())
					&& decision.reference().equals(entry.reference()));
	}

}
