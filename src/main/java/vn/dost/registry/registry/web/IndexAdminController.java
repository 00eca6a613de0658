package vn.dost.registry.registry.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.dost.registry.audit.AuditAction;
import vn.dost.registry.audit.AuditEvent;
import vn.dost.registry.audit.AuditLog;
import vn.dost.registry.registry.index.AuthorisedUserIndex;
import vn.dost.registry.registry.index.RegistrationIndex;
import vn.dost.registry.security.CurrentActor;
import vn.dost.registry.shared.ProblemResponse;

/**
 * {@code POST /api/v1/admin/reindex}: rebuilds the search indexes (titles, then
 * authorised users) from the database (administrators only).
 */
@Tag(name = "Administration", description = "Operations for administrators.")
@ProblemResponse(status = 403, types = "forbidden-path")
@RestController
class IndexAdminController {

	private final RegistrationIndex index;

	private final AuthorisedUserIndex users;

	private final CurrentActor actor;

	private final AuditLog audit;

	IndexAdminController(RegistrationIndex index, AuthorisedUserIndex users, CurrentActor actor, AuditLog audit) {
		this.index = index;
		this.users = users;
		this.actor = actor;
		this.audit = audit;
	}

	/**
	 * Answers when the new index serves searches (and the rebuild is on the audit trail),
	 * with how many titles it holds and how long it took.
	 */
	@Operation(summary = "Rebuild the search index", description = """
			Rebuilds the search index from the database while searches and writes go on, then the authorised users' \
			index, and answers when the new ones serve: how many titles, how long it took, its size, how many \
			authorised users and their index's size. Concurrent callers share one rebuild. ADMIN only.""")
	@PostMapping(path = "/api/v1/admin/reindex", produces = "application/json")
	Mono<ReindexResponse> reindex() {
		return this.actor.get()
			.flatMap(who -> this.index.rebuild()
				.zipWhen(titles -> this.users.rebuild())
				.map(done -> new ReindexResponse(done.getT1().titles(), done.getT1().took().toMillis(),
						done.getT1().bytes(), done.getT2().users(), done.getT2().bytes()))
				.flatMap(done -> this.audit
					.record(new AuditEvent(AuditAction.REINDEXED, who.username(), null,
							Map.of("titles", done.titles(), "millis", done.millis())))
					.thenReturn(done)));
	}

	/** What a rebuild did. */
	record ReindexResponse(long titles, long millis, long indexBytes, long authorisedUsers, long userIndexBytes) {
	}

}
