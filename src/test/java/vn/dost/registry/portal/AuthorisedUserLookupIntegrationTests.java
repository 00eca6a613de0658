package vn.dost.registry.portal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.AuthorisedUserFixtures;
import vn.dost.registry.MutableClock;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/public/authorised-users}: anyone looks up who may use a public title
 * — by the user's name without diacritics or misspelt, by code in any case, by the
 * title's name or sign, by province — and learns who is not authorised, since when. A
 * write is found at once; users of titles the public may not see are never listed.
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class AuthorisedUserLookupIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	MutableClock clock;

	WebTestClient admin;

	String holderId;

	@BeforeEach
	void setUp() {
		this.admin = TestUsers.admin(this.client);
		this.holderId = TestData.holder(this.admin, "Hội Sầu riêng Khánh Sơn " + TestData.serial(), "Khánh Hòa");
	}

	@Test
	void findsAUserByItsNameWithoutDiacriticsAndMisspelt() {
		String word = AuthorisedUserFixtures.word();
		String titleId = indication("Sầu riêng", "Khánh Sơn");
		AuthorisedUserFixtures.add(this.admin, titleId,
				AuthorisedUserFixtures.user("Hộ kinh doanh Nguyễn Thị Hường " + word, null));

		Map<String, Object> unaccented = lookup("q=nguyen thi huong " + word);
		assertThat(names(unaccented)).containsExactly("Hộ kinh doanh Nguyễn Thị Hường " + word);
		assertThat(unaccented).containsEntry("approximate", false);

		char last = word.charAt(word.length() - 1);
		String misspelt = word.substring(0, word.length() - 1) + (last == 'z' ? 'y' : (char) (last + 1));
		Map<String, Object> approximate = lookup("q=nguyn thi huong " + misspelt);
		assertThat(names(approximate)).containsExactly("Hộ kinh doanh Nguyễn Thị Hường " + word);
		assertThat(approximate).containsEntry("approximate", true);
	}

	@Test
	void findsAUserByItsCodeInAnyCase() {
		String code = "C" + TestData.serial() + "-SRKS";
		String titleId = indication("Sầu riêng", "Khánh Sơn");
		AuthorisedUserFixtures.add(this.admin, titleId, AuthorisedUserFixtures.user("Hợp tác xã Sơn Bình", code));

		for (String asked : List.of(code, code.toLowerCase(), code.toUpperCase().replace("-", " "))) {
			Map<String, Object> found = lookup("q=" + asked);
			assertThat(items(found)).as(asked).hasSize(1);
			assertThat(items(found).get(0)).containsEntry("code", code)
				.containsEntry("name", "Hợp tác xã Sơn Bình")
				.containsEntry("locality", "xã Sơn Hiệp, Khánh Hòa")
				.containsEntry("status", "ACTIVE")
				.containsEntry("authorised", true)
				.containsEntry("grantedOn", "2021-04-01")
				.containsEntry("statusSince", "2021-04-01")
				.containsEntry("checkUrl", "http://localhost:8080/portal/check/" + titleId + "/" + code);
			assertThat((Map<String, Object>) items(found).get(0).get("title")).containsEntry("id", titleId)
				.containsEntry("type", "GEOGRAPHICAL_INDICATION")
				.containsEntry("sign", titleSign(titleId))
				.containsEntry("status", "GRANTED");
		}
	}

	@Test
	void findsUsersByTheTitlesNameOrSignAndCountsThemByStatusAndProvince() {
		String word = AuthorisedUserFixtures.word();
		String titleId = indication("Sầu riêng", "Khánh " + word);
		String first = id(
				AuthorisedUserFixtures.add(this.admin, titleId, AuthorisedUserFixtures.user("Cơ sở Một", null)));
		Map<String, Object> elsewhere = AuthorisedUserFixtures.user("Cơ sở Hai", null);
		elsewhere.put("province", "Đắk Nông");
		elsewhere.remove("commune");
		AuthorisedUserFixtures.add(this.admin, titleId, elsewhere);
		AuthorisedUserFixtures.decide(this.admin, titleId, first, "suspend", Map.of("reason", "Kiểm tra"));
		String sign = "khanh " + word;

		assertThat(names(lookup("q=sau rieng " + sign))).containsExactlyInAnyOrder("Cơ sở Hai", "Cơ sở Một");
		assertThat(names(lookup("q=" + sign))).containsExactlyInAnyOrder("Cơ sở Hai", "Cơ sở Một");
		Map<String, Object> all = lookup("q=" + sign);
		assertThat(all).containsEntry("totalItems", 2);
		assertThat((Map<String, Object>) all.get("facets")).containsEntry("status", Map.of("ACTIVE", 1, "SUSPENDED", 1))
			.containsEntry("province", Map.of("Khánh Hòa", 1, "Lâm Đồng", 1));
		assertThat(names(lookup("q=" + sign + "&province=Lâm Đồng"))).containsExactly("Cơ sở Hai");
		assertThat(names(lookup("q=" + sign + "&province=dak nong"))).containsExactly("Cơ sở Hai");
		assertThat(names(lookup("q=" + sign + "&status=SUSPENDED"))).containsExactly("Cơ sở Một");
		assertThat(names(lookup("q=" + sign + "&type=COLLECTIVE_MARK"))).isEmpty();
		assertThat(names(lookup("titleId=" + titleId))).containsExactly("Cơ sở Hai", "Cơ sở Một");
		Map<String, Object> paged = lookup("titleId=" + titleId + "&size=1&page=1");
		assertThat(paged).containsEntry("totalItems", 2).containsEntry("totalPages", 2).containsEntry("page", 1);
		assertThat(names(paged)).containsExactly("Cơ sở Một");
	}

	@Test
	void showsSuspendedRevokedAndExpiredUsersAsNotAuthorisedSinceTheirDate() {
		String word = AuthorisedUserFixtures.word();
		String titleId = indication("Sầu riêng", "Khánh Sơn");
		String suspended = id(AuthorisedUserFixtures.add(this.admin, titleId,
				AuthorisedUserFixtures.user("Cơ sở Đình Chỉ " + word, null)));
		String revoked = id(AuthorisedUserFixtures.add(this.admin, titleId,
				AuthorisedUserFixtures.user("Cơ sở Thu Hồi " + word, null)));
		Map<String, Object> ended = AuthorisedUserFixtures.user("Cơ sở Hết Hạn " + word, null);
		ended.put("validUntil", "2025-12-31");
		AuthorisedUserFixtures.add(this.admin, titleId, ended);
		AuthorisedUserFixtures.decide(this.admin, titleId, suspended, "suspend",
				Map.of("reason", "Đang kiểm tra chất lượng", "date", "2026-02-03"));
		AuthorisedUserFixtures.decide(this.admin, titleId, revoked, "revoke",
				Map.of("reason", "Vi phạm quy chế", "reference", "31/QĐ-SKHCN", "date", "2026-05-04"));

		Map<String, Map<String, Object>> byName = byName(lookup("q=" + word));
		assertThat(byName.get("Cơ sở Đình Chỉ " + word)).containsEntry("status", "SUSPENDED")
			.containsEntry("authorised", false)
			.containsEntry("statusSince", "2026-02-03");
		assertThat(byName.get("Cơ sở Thu Hồi " + word)).containsEntry("status", "REVOKED")
			.containsEntry("authorised", false)
			.containsEntry("statusSince", "2026-05-04");
		assertThat(byName.get("Cơ sở Hết Hạn " + word)).containsEntry("status", "EXPIRED")
			.containsEntry("authorised", false)
			.containsEntry("statusSince", "2026-01-01");
		assertThat(names(lookup("q=" + word + "&status=EXPIRED"))).containsExactly("Cơ sở Hết Hạn " + word);
		assertThat(names(lookup("q=" + word + "&status=ACTIVE"))).isEmpty();
		assertThat((Map<String, Object>) lookup("q=" + word).get("facets")).containsEntry("status",
				Map.of("SUSPENDED", 1, "REVOKED", 1, "EXPIRED", 1));
	}

	@Test
	void listsNoUserOfATitleThePublicMayNotSeeOrThatIsNotInForce() {
		String word = AuthorisedUserFixtures.word();
		Map<String, Object> hiddenBody = AuthorisedUserFixtures.indication(this.holderId, "Sầu riêng", "Khánh Sơn");
		String hidden = (String) TestData.create(this.admin, hiddenBody).get("id");
		String terminated = indication("Sầu riêng", "Khánh Sơn");
		AuthorisedUserFixtures.add(this.admin, hidden, AuthorisedUserFixtures.user("Cơ sở Ẩn " + word, null));
		AuthorisedUserFixtures.add(this.admin, terminated, AuthorisedUserFixtures.user("Cơ sở Chấm Dứt " + word, null));
		assertThat(lookup("q=" + word)).containsEntry("totalItems", 2);

		this.admin.put()
			.uri("/api/v1/registrations/{id}", hidden)
			.header("If-Match", etag(hidden))
			.bodyValue(TestData.with(hiddenBody, "public", false))
			.exchange()
			.expectStatus()
			.isOk();
		act(terminated, "TERMINATE", Map.of("date", "2026-06-01", "reason", "Không còn điều kiện"));

		assertThat(lookup("q=" + word)).containsEntry("totalItems", 0);
	}

	@Test
	void leavesOutTheUsersOfAMarkWhoseGracePeriodEndedBeforeTheSweep() {
		String word = AuthorisedUserFixtures.word();
		Map<String, Object> body = TestData.grantedMark(this.holderId, "Quảng Trị", LocalDate.of(2016, 7, 1));
		body.put("name", "Bưởi " + word);
		body.put("public", true);
		String mark = (String) TestData.create(this.admin, body).get("id");
		AuthorisedUserFixtures.add(this.admin, mark, AuthorisedUserFixtures.user("Thành viên " + word, null));
		assertThat(lookup("q=" + word)).containsEntry("totalItems", 1);
		try {
			this.clock.setToday(LocalDate.of(2027, 1, 2));
			assertThat(lookup("q=" + word)).containsEntry("totalItems", 0);
		}
		finally {
			this.clock.reset();
		}
	}

	@Test
	void findsEveryWriteAtOnceAndAfterARebuild() {
		String word = AuthorisedUserFixtures.word();
		String titleId = indication("Sầu riêng", "Khánh Sơn");
		String userId = id(
				AuthorisedUserFixtures.add(this.admin, titleId, AuthorisedUserFixtures.user("Cơ sở Cũ " + word, null)));
		assertThat(names(lookup("q=" + word))).containsExactly("Cơ sở Cũ " + word);

		Map<String, Object> renamed = AuthorisedUserFixtures.user("Cơ sở Mới " + word, null);
		this.admin.put()
			.uri("/api/v1/registrations/{id}/authorised-users/{userId}", titleId, userId)
			.bodyValue(renamed)
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(names(lookup("q=" + word))).containsExactly("Cơ sở Mới " + word);
		AuthorisedUserFixtures.decide(this.admin, titleId, userId, "revoke", Map.of("reason", "Tự nguyện chấm dứt"));
		assertThat(items(lookup("q=" + word)).get(0)).containsEntry("status", "REVOKED");

		this.admin.post()
			.uri("/api/v1/admin/reindex")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.authorisedUsers")
			.value(count -> assertThat(((Number) count).intValue()).isPositive());
		assertThat(items(lookup("q=" + word)).get(0)).containsEntry("status", "REVOKED")
			.containsEntry("name", "Cơ sở Mới " + word);
	}

	@Test
	void exportsTheSameListAsCsvAndJson() {
		String word = AuthorisedUserFixtures.word();
		String titleId = indication("Sầu riêng", "Khánh Sơn");
		AuthorisedUserFixtures.add(this.admin, titleId, AuthorisedUserFixtures.user("=Cơ sở Công Thức " + word, "K-1"));
		Map<String, Object> ended = AuthorisedUserFixtures.user("Cơ sở Hết " + word, "K-2");
		ended.put("validUntil", "2024-12-31");
		AuthorisedUserFixtures.add(this.admin, titleId, ended);

		List<Map<String, Object>> json = this.client.get()
			.uri("/api/v1/public/authorised-users.json?q=" + word)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		assertThat(json).extracting(item -> item.get("name"))
			.containsExactlyInAnyOrder("=Cơ sở Công Thức " + word, "Cơ sở Hết " + word);
		assertThat(json).filteredOn(item -> "K-2".equals(item.get("code")))
			.singleElement()
			.satisfies(item -> assertThat(item).containsEntry("status", "EXPIRED")
				.containsEntry("statusSince", "2025-01-01")
				.containsEntry("authorised", false));

		String csv = this.client.get()
			.uri("/api/v1/public/authorised-users.csv?q=" + word)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFF" + String.join(",", UserColumns.HEADERS));
		assertThat(lines).hasSize(3);
		assertThat(lines).anySatisfy(line -> assertThat(line)
			.startsWith("'=Cơ sở Công Thức " + word + ",\"xã Sơn Hiệp, Khánh Hòa\",K-1,ACTIVE,true,")
			.endsWith(",http://localhost:8080/portal/check/" + titleId + "/K-1"));
		assertThat(lines).anySatisfy(line -> assertThat(line)
			.contains(",K-2,EXPIRED,false,2021-04-01,2024-12-31,2025-01-01," + titleId + ","));
	}

	@Test
	void answersBadParametersWithProblems() {
		for (String query : List.of("status=PAUSED", "province=Atlantis", "type=PATENT", "size=0", "page=-1",
				"q=" + String.join(" ", IntStream.range(0, 17).mapToObj(i -> "từ" + i).toList()))) {
			this.client.get()
				.uri("/api/v1/public/authorised-users?" + query)
				.header("Accept-Language", "en")
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
		this.client.get()
			.uri("/api/v1/public/authorised-users/{titleId}/{code}", "no-such-title", "C1")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	private String indication(String product, String place) {
		return (String) AuthorisedUserFixtures.publicIndication(this.admin, this.holderId, product, place).get("id");
	}

	private String titleSign(String titleId) {
		return (String) this.admin.get()
			.uri("/api/v1/registrations/{id}", titleId)
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("sign");
	}

	private void act(String titleId, String action, Map<String, Object> fields) {
		Map<String, Object> body = new HashMap<>(fields);
		body.put("action", action);
		this.admin.post()
			.uri("/api/v1/registrations/{id}/actions", titleId)
			.header("If-Match", etag(titleId))
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private String etag(String titleId) {
		return this.admin.get()
			.uri("/api/v1/registrations/{id}", titleId)
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
	}

	/** The public lookup, anonymous, expecting 200. */
	Map<String, Object> lookup(String query) {
		return this.client.get()
			.uri("/api/v1/public/authorised-users?" + query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	static List<Map<String, Object>> items(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("items");
	}

	static List<String> names(Map<String, Object> page) {
		return items(page).stream().map(item -> (String) item.get("name")).toList();
	}

	private static Map<String, Map<String, Object>> byName(Map<String, Object> page) {
		Map<String, Map<String, Object>> byName = new HashMap<>();
		items(page).forEach(item -> byName.put((String) item.get("name"), item));
		return byName;
	}

	private static String id(Map<String, Object> user) {
		return (String) user.get("id");
	}

}
