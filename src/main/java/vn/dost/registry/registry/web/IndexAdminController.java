package vn.dost.registry.registry.web;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.dost.registry.registry.index.AuthorisedUserIndex;
import vn.dost.registry.registry.index.RegistrationIndex;

/**
 * {@code POST /api/v1/admin/reindex}: rebuilds the search indexes (titles, then
 * authorised users) from the database (administrators only).
 */
@RestController
class IndexAdminController {

	private final RegistrationIndex index;

	private final AuthorisedUserIndex users;

	IndexAdminController(RegistrationIndex index, AuthorisedUserIndex users) {
		this.index = index;
		this.users = users;
	}

	/**
	 * Answers when the new index serves searches, with how many titles it holds and how
	 * long it took.
	 */
	@PostMapping(path = "/api/v1/admin/reindex", produces = "application/json")
	Mono<ReindexResponse> reindex() {
		return this.index.rebuild()
			.zipWhen(titles -> this.users.rebuild())
			.map(done -> new ReindexResponse(done.getT1().titles(), done.getT1().took().toMillis(),
					done.getT1().bytes(), done.getT2().users(), done.getT2().bytes()));
	}

	/**
	 * What a rebuild did: the titles' index (titles, time, memory) and the authorised
	 * users' (users, memory).
	 */
	record ReindexResponse(long titles, long millis, long indexBytes, long authorisedUsers, long userIndexBytes) {
	}

}
