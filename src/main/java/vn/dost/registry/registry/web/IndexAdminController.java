package vn.dost.registry.registry.web;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.dost.registry.registry.index.RegistrationIndex;

/**
 * {@code POST /api/v1/admin/reindex}: rebuilds the search index from the database
 * (administrators only).
 */
@RestController
class IndexAdminController {

	private final RegistrationIndex index;

	IndexAdminController(RegistrationIndex index) {
		this.index = index;
	}

	/**
	 * Answers when the new index serves searches, with how many titles it holds and how
	 * long it took.
	 */
	@PostMapping(path = "/api/v1/admin/reindex", produces = "application/json")
	Mono<ReindexResponse> reindex() {
		return this.index.rebuild()
			.map(done -> new ReindexResponse(done.titles(), done.took().toMillis(), done.bytes()));
	}

	/** What a rebuild did. */
	record ReindexResponse(long titles, long millis, long indexBytes) {
	}

}
