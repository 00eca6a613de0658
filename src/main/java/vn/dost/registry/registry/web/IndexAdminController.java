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
import vn.dost.registry.registry.index.RegistrationIndex;
import vn.dost.registry.security.CurrentActor;
import vn.dost.registry.shared.ProblemResponse;

/**
 * {@code POST /api/v1/admin/reindex}: rebuilds the search index from the database
 * (administrators only).
 */
@Tag(name = "Administration", description = "Operations for administrators.")
@ProblemResponse(status = 403, types = "forbidden-path")
@RestController
class IndexAdminController {

	private final RegistrationIndex index;

	private final CurrentActor actor;

	private final AuditLog audit;

	IndexAdminController(RegistrationIndex index, CurrentActor actor, AuditLog audit) {
		this.index = index;
		this.actor = actor;
		this.audit = audit;
	}

	/**
	 * Answers when the new index serves searches (and the rebuild is on the audit trail),
	 * with how many titles it holds and how long it took.
	 */
	@Operation(summary = "Rebuild the search index",
			description = """
					Rebuilds the search index from the database while searches and writes go on, and answers when the new \
					index serves: how many titles, how long it took, its size. Concurrent callers share one rebuild. ADMIN only.""")
	@PostMapping(path = "/api/v1/admin/reindex", produces = "application/json")
	Mono<ReindexResponse> reindex() {
		return this.actor.get()
			.flatMap(who -> this.index.rebuild()
				.map(done -> new ReindexResponse(done.titles(), done.took().toMillis(), done.bytes()))
				.flatMap(done -> this.audit
					.record(new AuditEvent(AuditAction.REINDEXED, who.username(), null,
							Map.of("titles", done.titles(), "millis", done.millis())))
					.thenReturn(done)));
	}

	/** What a rebuild did. */
	record ReindexResponse(long titles, long millis, long indexBytes) {
	}

}
