package vn.dost.registry.registry.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.registry.RegistrationHits;
import vn.dost.registry.registry.RegistrationQuery;
import vn.dost.registry.shared.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers kept on a view of the index: an identical search on an unchanged index gets the
 * kept answer, any change to the index (a write, a rebuild) answers anew, and a client
 * can ask for an answer computed now.
 */
@RegistryIntegrationTest
class KeptAnswersIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	IndexSearches searches;

	@Autowired
	RegistrationIndex index;

	WebTestClient admin;

	String holderId;

	String marker;

	@BeforeEach
	void setUp() {
		this.admin = TestUsers.admin(this.client);
		this.holderId = TestData.holder(this.admin, "Hợp tác xã ghi nhớ " + TestData.serial(), "Khánh Hòa");
		this.marker = "Ghinhoxa" + TestData.serial();
		TestData.create(this.admin, named(this.marker + " một"));
	}

	@Test
	void anIdenticalSearchOnAnUnchangedIndexGetsTheKeptAnswerAndAWriteAnswersAnew() {
		RegistrationQuery query = query(this.marker);
		LocalDate today = LocalDate.now();
		RegistrationHits first = this.searches.search(query, PageRequest.of(0, 20), today).block();
		assertThat(first.totalItems()).isEqualTo(1);
		assertThat(this.searches.search(query, PageRequest.of(0, 20), today).block()).isSameAs(first);
		// another page, another day: not the same question
		assertThat(this.searches.search(query, PageRequest.of(0, 10), today).block()).isNotSameAs(first);
		assertThat(this.searches.search(query, PageRequest.of(0, 20), today.plusDays(1)).block()).isNotSameAs(first);

		TestData.create(this.admin, named(this.marker + " hai"));
		RegistrationHits afterWrite = this.searches.search(query, PageRequest.of(0, 20), today).block();
		assertThat(afterWrite).isNotSameAs(first);
		assertThat(afterWrite.totalItems()).isEqualTo(2);

		this.index.rebuild().block();
		RegistrationHits afterRebuild = this.searches.search(query, PageRequest.of(0, 20), today).block();
		assertThat(afterRebuild).isNotSameAs(afterWrite).usingRecursiveComparison().isEqualTo(afterWrite);
	}

	@Test
	void aFreshSearchIsComputedAndEqualToTheKeptAnswer() {
		RegistrationQuery query = query(this.marker);
		LocalDate today = LocalDate.now();
		RegistrationHits kept = this.searches.search(query, PageRequest.of(0, 20), today).block();
		RegistrationHits fresh = this.searches.search(query, PageRequest.of(0, 20), today, true).block();
		assertThat(fresh).isNotSameAs(kept).usingRecursiveComparison().isEqualTo(kept);
	}

	@Test
	void overHttpCacheControlNoCacheComputesTheAnswerAndOtherwiseTheKeptOneIsUsed() {
		list(null);
		long computed = this.searches.computed();
		long kept = this.searches.kept();
		Map<String, Object> again = list(null);
		assertThat(this.searches.kept()).isEqualTo(kept + 1);
		assertThat(this.searches.computed()).isEqualTo(computed);
		Map<String, Object> fresh = list("no-cache");
		Map<String, Object> maxAgeZero = list("max-age=0");
		assertThat(this.searches.computed()).isEqualTo(computed + 2);
		assertThat(this.searches.kept()).isEqualTo(kept + 1);
		assertThat(fresh).isEqualTo(again).isEqualTo(maxAgeZero);
		assertThat(fresh.get("totalItems")).isEqualTo(1);
	}

	@Test
	void aHoldersUserDoesNotGetTheAnswerKeptForAnAdministrator() {
		assertThat(list(null).get("totalItems")).isEqualTo(1);
		String otherHolder = TestData.holder(this.admin, "Hợp tác xã khác " + TestData.serial(), "Khánh Hòa");
		WebTestClient holderUser = TestUsers.holder(this.client, "holder-kept-" + TestData.serial(), otherHolder);
		Map<String, Object> seen = TestData.listing(holderUser, uri -> uri.queryParam("q", "{q}"), this.marker);
		assertThat(seen.get("totalItems")).isEqualTo(0);
	}

	@Test
	void thePublicDoesNotGetTheAnswerKeptForAnOfficer() {
		LocalDate today = LocalDate.now();
		// the title is a filing: officers see it, the public does not
		assertThat(this.searches.search(query(this.marker), PageRequest.of(0, 20), today).block().totalItems())
			.isEqualTo(1);
		RegistrationQuery forPublic = RegistrationQuery.forPublic(this.marker, null, null, null, null, null);
		assertThat(this.searches.search(forPublic, PageRequest.of(0, 20), today).block().totalItems()).isZero();
	}

	@Test
	void suggestionsAreKeptByTheirWordsUntilTheIndexChanges() {
		List<RegistrationListing> first = this.searches.suggest(this.marker, null, 10).block();
		assertThat(first).hasSize(1);
		assertThat(this.searches.suggest(this.marker.toUpperCase(), null, 10).block()).isSameAs(first);
		assertThat(this.searches.suggest(this.marker, "another-holder", 10).block()).isEmpty();
		TestData.create(this.admin, named(this.marker + " ba"));
		List<RegistrationListing> afterWrite = this.searches.suggest(this.marker, null, 10).block();
		assertThat(afterWrite).isNotSameAs(first).hasSize(2);
	}

	private Map<String, Object> list(String cacheControl) {
		return TestData.listing(
				cacheControl == null ? this.admin
						: this.admin.mutate().defaultHeader("Cache-Control", cacheControl).build(),
				uri -> uri.queryParam("q", "{q}"), this.marker);
	}

	private Map<String, Object> named(String name) {
		return TestData.with(TestData.markFiling(this.holderId, "Khánh Hòa"), "name", name);
	}

	private static RegistrationQuery query(String words) {
		return new RegistrationQuery(words, null, null, null, null, null, null, null, null);
	}

}
