package vn.dost.registry.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriBuilder;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dost.registry.TestData.ids;
import static vn.dost.registry.TestData.names;

/**
 * Listings and searches answered by the search index, through the HTTP API, on the seed
 * data and new titles.
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class SearchIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	ExpirySweep sweep;

	WebTestClient admin;

	String holderId;

	@BeforeEach
	void setUp() {
		this.admin = TestUsers.admin(this.client);
		this.holderId = TestData.holder(this.admin, "Hợp tác xã tìm kiếm " + TestData.serial(), "Khánh Hòa");
	}

	@Test
	void findsSeedTitlesTypedWithoutDiacriticsOrCase() {
		assertThat(names(search("sau rieng khanh son"))).contains("Sầu riêng Khánh Sơn");
		assertThat(names(search("dua xiem ninh da"))).contains("Dừa xiêm Ninh Đa");
		assertThat(names(search("SẦU RIÊNG"))).contains("Sầu riêng Khánh Sơn");
		assertThat(names(search("ca phe buon ma thuot"))).contains("Cà phê Buôn Ma Thuột");
	}

	@Test
	void foldsDToĐAndCapitalsWithMarks() {
		String name = "Đậu phộng Đắk Lắk " + TestData.serial();
		create(named(name));
		assertThat(names(search("ĐĂK LĂK dau phong"))).contains(name);
		assertThat(names(search("đau phong dak lak"))).contains(name);
		assertThat(names(search("Dau Phong Dak"))).contains(name);
	}

	@Test
	void matchesProductHolderAreaAliasesAndNumbersAndTheLastWordAsAPrefix() {
		Map<String, Object> body = named("Bưởi Thanh Trà Zeta " + TestData.serial());
		body.put("product", "Quả bưởi thanh trà");
		body.put("area", "xã Thủy Biều, Thủy Xuân");
		body.put("aliases", List.of("Bưởi Nguyệt Biều"));
		Map<String, Object> created = create(body);
		String number = (String) created.get("applicationNumber");
		String id = (String) created.get("id");
		assertThat(ids(search("thuy bieu zeta"))).contains(id);
		assertThat(ids(search("nguyet bieu zeta"))).contains(id);
		assertThat(ids(search("qua buoi thanh tra zeta"))).contains(id);
		assertThat(ids(search("hop tac xa tim kiem zeta"))).contains(id);
		assertThat(ids(search(number))).containsExactly(id);
		assertThat(ids(search("buoi thanh tra ze"))).contains(id);
		assertThat(ids(search("buoi thanh tra zetx"))).doesNotContain(id);
		// one digit off (test serials never start with 9), so a fuzzy match would find
		// this very title
		String mistyped = number.substring(0, number.length() - 5) + "9" + number.substring(number.length() - 4);
		assertThat(search(mistyped).get("totalItems")).as("a mistyped number finds no other number").isEqualTo(0);
	}

	@Test
	void everyWordMustMatch() {
		String name = "Khoai lang Tuvana " + TestData.serial();
		create(named(name));
		assertThat(names(search("khoai lang tuvana"))).contains(name);
		assertThat(search("khoai lang tuvana sau rieng").get("totalItems")).isEqualTo(0);
	}

	@Test
	void retriesWithOneEditPerLongWordRankingExactWordsFirst() {
		Map<String, Object> found = search("Buon Ma Thuat");
		assertThat(names(found)).contains("Cà phê Buôn Ma Thuột");
		assertThat(found.get("approximate")).isEqualTo(true);
		// alphabetically the near match comes first: only the ranking can put the exact
		// word first
		String exact = "Mứt Zelonb Kamaru " + TestData.serial();
		String near = "Mứt Zelona Kamaru " + TestData.serial();
		create(named(near));
		create(named(exact));
		Map<String, Object> retried = search("zelonb kamaro");
		assertThat(retried.get("approximate")).isEqualTo(true);
		assertThat(names(retried)).containsExactly(exact, near);
		Map<String, Object> direct = search("zelonb kamaru");
		assertThat(direct.get("approximate")).isEqualTo(false);
		assertThat(names(direct)).containsExactly(exact);
	}

	@Test
	void findsTitlesByAKnownAlternativeName() {
		assertThat(names(search("ban me thuot"))).contains("Cà phê Buôn Ma Thuột");
	}

	@Test
	void treatsQuerySyntaxAndDatabaseOperatorsAsPlainText() {
		for (String hostile : List.of(".*", "(", ")", "{\"$gt\":\"\"}", "$where", "AND OR NOT", "*:*", "\\", "\"",
				"a AND (b OR c)", "name:sầu~", "/.*/", "'; db.dropDatabase(); '", "<script>alert(1)</script>")) {
			Map<String, Object> found = search(hostile);
			assertThat(found.get("totalItems")).as(hostile).isEqualTo(0);
		}
		// a range in query syntax is just its words: here "to", which Vietnamese names do
		// contain (tỏi, tô…)
		assertThat(ids(search("[* TO *]"))).isNotEmpty().isEqualTo(ids(search("to")));
	}

	@Test
	void answers400ForOverlongOrWordyQueriesNever500() {
		String wordy = String.join(" ", java.util.Collections.nCopies(40, "w")) + " "
				+ String.join(" ", java.util.stream.IntStream.range(0, 40).mapToObj(i -> "t" + i).toList());
		for (String refused : List.of("a".repeat(3000), wordy)) {
			this.admin.get()
				.uri(uri -> uri.path("/api/v1/registrations").queryParam("q", "{q}").build(refused))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("q");
		}
	}

	@Test
	void facetTotalsEqualTotalItems() {
		for (String query : List.of("", "sau rieng", "ca phe", "nuoc mam")) {
			Map<String, Object> found = list(uri -> uri.queryParam("q", "{q}").queryParam("size", 1), query);
			long total = ((Number) found.get("totalItems")).longValue();
			Map<String, Map<String, Number>> facets = (Map<String, Map<String, Number>>) found.get("facets");
			assertThat(facets).containsOnlyKeys("type", "status", "currentProvince", "productGroup", "dataIssue");
			assertThat(sum(facets.get("type"))).as(query).isEqualTo(total);
			assertThat(sum(facets.get("status"))).as(query).isEqualTo(total);
			assertThat(sum(facets.get("productGroup"))).as(query).isLessThanOrEqualTo(total);
		}
		Map<String, Object> khanhHoa = list(uri -> uri.queryParam("province", "Khánh Hòa").queryParam("size", 1));
		Map<String, Map<String, Number>> facets = (Map<String, Map<String, Number>>) khanhHoa.get("facets");
		long total = ((Number) khanhHoa.get("totalItems")).longValue();
		assertThat(total).isPositive();
		assertThat(facets.get("currentProvince").get("Khánh Hòa").longValue()).isEqualTo(total);
		assertThat(sum(facets.get("type"))).isEqualTo(total);
		for (Map.Entry<String, Number> status : facets.get("status").entrySet()) {
			Map<String, Object> filtered = list(uri -> uri.queryParam("province", "Khánh Hòa")
				.queryParam("status", status.getKey())
				.queryParam("size", 1));
			assertThat(filtered.get("totalItems")).as(status.getKey()).isEqualTo(status.getValue().intValue());
		}
		for (Map.Entry<String, Number> issue : facets.get("dataIssue").entrySet()) {
			Map<String, Object> filtered = list(uri -> uri.queryParam("province", "Khánh Hòa")
				.queryParam("dataIssue", issue.getKey())
				.queryParam("size", 1));
			assertThat(filtered.get("totalItems")).as(issue.getKey()).isEqualTo(issue.getValue().intValue());
		}
	}

	@Test
	void readsItsOwnWritesAtOnce() {
		String name = "Nấm linh chi Quyxa " + TestData.serial();
		Map<String, Object> created = create(named(name));
		String id = (String) created.get("id");
		assertThat(ids(search("nam linh chi quyxa"))).containsExactly(id);
		Map<String, Object> renamed = new java.util.HashMap<>(created);
		renamed.put("name", "Nấm hương Quyxa " + TestData.serial());
		renamed.remove("status");
		this.admin.put()
			.uri("/api/v1/registrations/{id}", id)
			.header("If-Match", "\"0\"")
			.bodyValue(renamed)
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(ids(search("nam huong quyxa"))).containsExactly(id);
		assertThat(ids(search("nam linh chi quyxa"))).isEmpty();
		this.admin.delete()
			.uri("/api/v1/registrations/{id}", id)
			.header("If-Match", "\"1\"")
			.exchange()
			.expectStatus()
			.isNoContent();
		assertThat(ids(search("quyxa"))).isEmpty();
	}

	@Test
	void aLifecycleActionIsSeenByStatusFiltersAtOnce() {
		String name = "Gạo Séng Cù Voxa " + TestData.serial();
		String id = (String) create(named(name)).get("id");
		this.admin.post()
			.uri("/api/v1/registrations/{id}/actions", id)
			.header("If-Match", "\"0\"")
			.bodyValue(Map.of("action", "ACCEPT", "date", "2020-05-01"))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(ids(list(uri -> uri.queryParam("q", "voxa").queryParam("status", "ACCEPTED")))).containsExactly(id);
		assertThat(ids(list(uri -> uri.queryParam("q", "voxa").queryParam("status", "FILED")))).isEmpty();
	}

	@Test
	void sortsNamesInVietnameseAlphabeticalOrder() {
		List<String> expected = List.of("An", "Ăn", "Âm", "Ba", "Dừa", "Đu đủ", "Ơn", "Ưu");
		List<String> shuffled = new ArrayList<>(expected);
		java.util.Collections.shuffle(shuffled, new java.util.Random(7));
		String holder = TestData.holder(this.admin, "Tổ hợp tác sắp xếp " + TestData.serial(), "Khánh Hòa");
		for (String name : shuffled) {
			Map<String, Object> body = TestData.markFiling(holder, "Khánh Hòa");
			body.put("name", name);
			create(body);
		}
		Map<String, Object> sorted = list(uri -> uri.queryParam("holderId", holder).queryParam("sort", "name"));
		assertThat(names(sorted)).containsExactlyElementsOf(expected);
		Map<String, Object> byDefault = list(uri -> uri.queryParam("holderId", holder));
		assertThat(names(byDefault)).containsExactlyElementsOf(expected);
	}

	@Test
	void sortsByGrantDateDescendingAndExpiryAscendingTitlesWithoutTheDateLast() {
		String holder = TestData.holder(this.admin, "Hội sắp xếp ngày " + TestData.serial(), "Khánh Hòa");
		String older = (String) create(TestData.grantedMark(holder, "Khánh Hòa", LocalDate.of(2019, 1, 5))).get("id");
		String newer = (String) create(TestData.grantedMark(holder, "Khánh Hòa", LocalDate.of(2021, 3, 9))).get("id");
		String filing = (String) create(TestData.markFiling(holder, "Khánh Hòa")).get("id");
		Map<String, Object> body = TestData.markFiling(holder, "Khánh Hòa");
		body.remove("filingDate");
		body.put("status", "GRANTED");
		body.put("grantDate", "2023-01-01");
		String undated = (String) create(body).get("id");
		assertThat(ids(list(uri -> uri.queryParam("holderId", holder).queryParam("sort", "-grantDate"))))
			.containsExactly(undated, newer, older, filing);
		assertThat(ids(list(uri -> uri.queryParam("holderId", holder).queryParam("sort", "expiryDate"))))
			.containsExactly(older, filing, newer, undated);
	}

	@Test
	void provinceMatchesTheCurrentProvinceAndTheFormerOnesItCovers() {
		String holder = TestData.holder(this.admin, "Hợp tác xã sáp nhập " + TestData.serial(), "Khánh Hòa");
		String former = (String) create(TestData.markFiling(holder, "Ninh Thuận")).get("id");
		String current = (String) create(TestData.markFiling(holder, "Khánh Hòa")).get("id");
		assertThat(ids(list(uri -> uri.queryParam("holderId", holder).queryParam("province", "Khánh Hòa"))))
			.containsExactlyInAnyOrder(former, current);
		assertThat(ids(list(uri -> uri.queryParam("holderId", holder).queryParam("province", "ninh thuan"))))
			.containsExactly(former);
	}

	@Test
	void suggestsUpToTenNameCompletions() {
		List<Map<String, Object>> suggestions = suggest("sau rie");
		assertThat(suggestions).extracting(each -> each.get("name")).contains("Sầu riêng Khánh Sơn");
		assertThat(suggestions).hasSizeLessThanOrEqualTo(10);
		String holder = TestData.holder(this.admin, "Hội gợi ý " + TestData.serial(), "Khánh Hòa");
		for (int i = 0; i < 12; i++) {
			Map<String, Object> body = TestData.markFiling(holder, "Khánh Hòa");
			body.put("name", "Chả cá Yxala " + i);
			create(body);
		}
		assertThat(suggest("cha ca yxa")).hasSize(10)
			.allSatisfy(each -> assertThat((String) each.get("name")).startsWith("Chả cá Yxala"));
		assertThat(suggest("cha ca yxalx")).isNotEmpty();
		assertThat(suggest("")).isEmpty();
		assertThat(suggest("(*")).isEmpty();
	}

	@Test
	void aMarkLapsedSinceTheLastSweepReadsExpiredInFiltersAndFacetsAndStaysSoAfterTheSweep() {
		String holder = TestData.holder(this.admin, "Hợp tác xã hết hạn " + TestData.serial(), "Khánh Hòa");
		String lapsed = (String) create(TestData.grantedMark(holder, "Khánh Hòa", LocalDate.of(2010, 1, 4))).get("id");
		String valid = (String) create(TestData.grantedMark(holder, "Khánh Hòa", LocalDate.of(2020, 1, 4))).get("id");
		assertLapsedReadsExpired(holder, lapsed, valid);
		this.sweep.sweep()
			.as(StepVerifier::create)
			.assertNext(count -> assertThat(count).isPositive())
			.verifyComplete();
		assertLapsedReadsExpired(holder, lapsed, valid);
	}

	private void assertLapsedReadsExpired(String holder, String lapsed, String valid) {
		assertThat(ids(list(uri -> uri.queryParam("holderId", holder).queryParam("status", "EXPIRED"))))
			.containsExactly(lapsed);
		assertThat(ids(list(uri -> uri.queryParam("holderId", holder).queryParam("status", "GRANTED"))))
			.containsExactly(valid);
		Map<String, Object> all = list(uri -> uri.queryParam("holderId", holder));
		assertThat(((Map<String, Map<String, Number>>) all.get("facets")).get("status"))
			.containsOnlyKeys("GRANTED", "EXPIRED")
			.allSatisfy((status, count) -> assertThat(count.longValue()).isEqualTo(1));
	}

	@Test
	void aHolderUserSearchesAndIsSuggestedOnlyItsOwnTitles() {
		String name = "Rượu cần Woxa " + TestData.serial();
		create(named(name));
		String other = TestData.holder(this.admin, "Hội khác " + TestData.serial(), "Khánh Hòa");
		String username = "holder-search-" + TestData.serial();
		WebTestClient holderUser = TestUsers.holder(this.client, username, other);
		Map<String, Object> found = holderUser.get()
			.uri(uri -> uri.path("/api/v1/registrations").queryParam("q", "ruou can woxa").build())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(found.get("totalItems")).isEqualTo(0);
		holderUser.get()
			.uri(uri -> uri.path("/api/v1/registrations/suggest").queryParam("q", "ruou can woxa").build())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items")
			.isEmpty();
	}

	private Map<String, Object> named(String name) {
		Map<String, Object> body = TestData.markFiling(this.holderId, "Khánh Hòa");
		body.put("name", name);
		return body;
	}

	private Map<String, Object> create(Map<String, Object> body) {
		return TestData.create(this.admin, body);
	}

	private Map<String, Object> search(String q) {
		return list(uri -> uri.queryParam("q", "{q}").queryParam("size", 50), q);
	}

	private Map<String, Object> list(Function<UriBuilder, UriBuilder> query, Object... values) {
		return TestData.listing(this.admin, query, values);
	}

	private List<Map<String, Object>> suggest(String q) {
		Map<String, Object> body = this.admin.get()
			.uri(uri -> uri.path("/api/v1/registrations/suggest").queryParam("q", "{q}").build(q))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (List<Map<String, Object>>) body.get("items");
	}

	private static long sum(Map<String, Number> counts) {
		return counts.values().stream().mapToLong(Number::longValue).sum();
	}

}
