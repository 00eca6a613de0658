package vn.dost.registry.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.security.Actor;

import static org.assertj.core.api.Assertions.assertThat;

@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class AuthorisedUsersIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	AuthorisedUsers users;

	WebTestClient admin;

	String holderId;

	String titleId;

	@BeforeEach
	void setUp() {
		this.admin = TestUsers.admin(this.client);
		this.holderId = TestData.holder(this.admin, "Hội sử dụng " + TestData.serial(), "Quảng Trị");
		this.titleId = (String) TestData
			.create(this.admin, TestData.grantedMark(this.holderId, "Quảng Trị", LocalDate.of(2019, 3, 1)))
			.get("id");
	}

	@Test
	void addsAUserToAGrantedTitleAndKeepsItInTheTitlesHistory() {
		Map<String, Object> added = add(this.admin, user("Hợp tác xã Tiêu Cồn Tiên", "C0001-TQT"));
		assertThat(added).containsEntry("status", "ACTIVE")
			.containsEntry("province", "Quảng Trị")
			.containsEntry("code", "C0001-TQT");
		this.admin.get()
			.uri(users())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(1)
			.jsonPath("$.items[0].id")
			.isEqualTo(added.get("id"))
			.jsonPath("$.items[0].name")
			.isEqualTo("Hợp tác xã Tiêu Cồn Tiên");
		this.admin.get()
			.uri("/api/v1/registrations/{id}/history", this.titleId)
			.exchange()
			.expectBody()
			.jsonPath("$[-1].action")
			.isEqualTo("AUTHORISED_USER_ADDED")
			.jsonPath("$[-1].note")
			.isEqualTo("Hợp tác xã Tiêu Cồn Tiên")
			.jsonPath("$[-1].changes['authorisedUsers/" + added.get("id") + "/code'][1]")
			.isEqualTo("C0001-TQT");
	}

	@Test
	void onlyAGrantedTitleCanBeUsed() {
		String filing = (String) TestData.create(this.admin, TestData.markFiling(this.holderId, "Quảng Trị")).get("id");
		this.admin.post()
			.uri("/api/v1/registrations/{id}/authorised-users", filing)
			.bodyValue(user("Cơ sở chưa được", null))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.type")
			.value(type -> assertThat((String) type).endsWith("/illegal-transition"));
	}

	@Test
	void reportsEveryBadFieldTogether() {
		Map<String, Object> bad = new HashMap<>();
		bad.put("province", "Tỉnh Không Có");
		bad.put("grantedOn", "2027-01-01");
		bad.put("validUntil", "2026-01-01");
		bad.put("code", "x".repeat(61));
		this.admin.post()
			.uri(users())
			.bodyValue(bad)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<String>) fields).containsExactlyInAnyOrder("name", "code", "province",
					"grantedOn", "validUntil"));
		this.admin.get().uri(users()).exchange().expectBody().jsonPath("$.totalItems").isEqualTo(0);
	}

	@Test
	void refusesASecondUserWithTheSameCode() {
		add(this.admin, user("Cơ sở A", "C0002-TQT"));
		this.admin.post()
			.uri(users())
			.bodyValue(user("Cơ sở B", "c0002-tqt"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.type")
			.value(type -> assertThat((String) type).endsWith("/duplicate-code"));
	}

	@Test
	void suspendsReinstatesAndRevokesWithReasonsKeptInHistory() {
		String id = (String) add(this.admin, user("Cơ sở Gio Linh", "C0003-TQT")).get("id");
		decide(id, "suspend", Map.of()).expectStatus().isBadRequest();
		decide(id, "suspend", Map.of("reason", "Đang kiểm tra chất lượng")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("SUSPENDED")
			.jsonPath("$.statusReason")
			.isEqualTo("Đang kiểm tra chất lượng");
		decide(id, "reinstate", Map.of()).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ACTIVE");
		decide(id, "revoke", Map.of("reason", "Vi phạm quy chế sử dụng", "reference", "12/QĐ-SKHCN")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("REVOKED");
		decide(id, "reinstate", Map.of()).expectStatus().isEqualTo(HttpStatus.CONFLICT);
		decide(id, "revoke", Map.of("reason", "lần nữa")).expectStatus().isEqualTo(HttpStatus.CONFLICT);
		this.admin.get()
			.uri("/api/v1/registrations/{id}/history", this.titleId)
			.exchange()
			.expectBody()
			.jsonPath("$[-1].action")
			.isEqualTo("AUTHORISED_USER_REVOKE")
			.jsonPath("$[-1].reason")
			.isEqualTo("Vi phạm quy chế sử dụng")
			.jsonPath("$[-1].reference")
			.isEqualTo("12/QĐ-SKHCN")
			.jsonPath("$[-2].action")
			.isEqualTo("AUTHORISED_USER_REINSTATE")
			.jsonPath("$[-3].action")
			.isEqualTo("AUTHORISED_USER_SUSPEND")
			.jsonPath("$[-3].changes['authorisedUsers/" + id + "/status']")
			.isEqualTo(List.of("ACTIVE", "SUSPENDED"));
	}

	@Test
	void aReinstatedRightHasNoSuspensionReasonAndTheHistoryKeepsBothReasons() {
		String id = (String) add(this.admin, user("Cơ sở Triệu Phong", "C0005-TQT")).get("id");
		decide(id, "suspend", Map.of("reason", "Đang kiểm tra chất lượng")).expectStatus().isOk();
		decide(id, "reinstate", Map.of("reason", "Đã khắc phục sau kiểm tra")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("ACTIVE")
			.jsonPath("$.statusReason")
			.doesNotExist();
		this.admin.get().uri(users() + "/" + id).exchange().expectBody().jsonPath("$.statusReason").doesNotExist();
		this.admin.get()
			.uri("/api/v1/registrations/{id}/history", this.titleId)
			.exchange()
			.expectBody()
			.jsonPath("$[-1].action")
			.isEqualTo("AUTHORISED_USER_REINSTATE")
			.jsonPath("$[-1].reason")
			.isEqualTo("Đã khắc phục sau kiểm tra")
			.jsonPath("$[-2].reason")
			.isEqualTo("Đang kiểm tra chất lượng");
	}

	@Test
	void aDecisionTakesEffectFromItsDateNeitherInTheFutureNorBeforeTheGrant() {
		Map<String, Object> body = user("Cơ sở Vĩnh Linh", "C0007-TQT");
		body.put("commune", "xã Vĩnh Thủy");
		Map<String, Object> added = add(this.admin, body);
		assertThat(added).containsEntry("commune", "xã Vĩnh Thủy").containsEntry("statusSince", "2024-02-29");
		String id = (String) added.get("id");
		decide(id, "suspend", Map.of("reason", "Kiểm tra", "date", "2026-06-16")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("date");
		decide(id, "suspend", Map.of("reason", "Kiểm tra", "date", "2024-02-28")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("date");
		decide(id, "suspend", Map.of("reason", "Kiểm tra", "reference", "3/QĐ-SKHCN", "date", "2026-01-05"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("SUSPENDED")
			.jsonPath("$.statusSince")
			.isEqualTo("2026-01-05");
		this.admin.get()
			.uri("/api/v1/registrations/{id}/history", this.titleId)
			.exchange()
			.expectBody()
			.jsonPath("$[-1].action")
			.isEqualTo("AUTHORISED_USER_SUSPEND")
			.jsonPath("$[-1].date")
			.isEqualTo("2026-01-05");
		decide(id, "reinstate", Map.of()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.statusSince")
			.isEqualTo("2026-06-15");
	}

	@Test
	void addsSeveralUsersInOneWriteEachWithItsHistoryEntry() {
		List<AuthorisedUserDraft> drafts = List.of(
				new AuthorisedUserDraft("Hộ Một", null, "xã Cam Thủy", "Quảng Trị", "L-1", null,
						LocalDate.of(2024, 3, 1), null),
				new AuthorisedUserDraft("Hộ Hai", null, null, "Quảng Trị", "L-2", null, LocalDate.of(2024, 3, 2),
						null));
		assertThat(this.users.addAll(this.titleId, drafts, Actor.SYSTEM).block()).hasSize(2);

		this.admin.get()
			.uri(users())
			.exchange()
			.expectBody()
			.jsonPath("$.items[*].name")
			.isEqualTo(List.of("Hộ Một", "Hộ Hai"));
		this.admin.get()
			.uri("/api/v1/registrations/{id}/history", this.titleId)
			.exchange()
			.expectBody()
			.jsonPath("$[-2].note")
			.isEqualTo("Hộ Một")
			.jsonPath("$[-1].note")
			.isEqualTo("Hộ Hai");
		this.client.get()
			.uri("/api/v1/public/authorised-users?titleId=" + this.titleId)
			.exchange()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(0);
	}

	@Test
	void aRightPastItsEndDateReadsExpired() {
		Map<String, Object> body = user("Cơ sở hết hạn", "C0004-TQT");
		body.put("grantedOn", "2020-01-01");
		body.put("validUntil", "2026-06-14");
		String id = (String) add(this.admin, body).get("id");
		this.admin.get()
			.uri(users() + "/" + id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("EXPIRED")
			.jsonPath("$.statusSince")
			.isEqualTo("2026-06-15");
	}

	@Test
	void correctsAUsersFactsWithTheChangesInHistory() {
		String id = (String) add(this.admin, user("Cơ sở Cam Lộ", "C0005-TQT")).get("id");
		Map<String, Object> changed = user("Hợp tác xã Cam Lộ", "C0005-TQT");
		changed.put("address", "xã Cam Thành");
		this.admin.put()
			.uri(users() + "/" + id)
			.bodyValue(changed)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Hợp tác xã Cam Lộ")
			.jsonPath("$.status")
			.isEqualTo("ACTIVE");
		this.admin.get()
			.uri("/api/v1/registrations/{id}/history", this.titleId)
			.exchange()
			.expectBody()
			.jsonPath("$[-1].action")
			.isEqualTo("AUTHORISED_USER_UPDATED")
			.jsonPath("$[-1].changes['authorisedUsers/" + id + "/name']")
			.isEqualTo(List.of("Cơ sở Cam Lộ", "Hợp tác xã Cam Lộ"));
		this.admin.put().uri(users() + "/unknown-user").bodyValue(changed).exchange().expectStatus().isNotFound();
	}

	@Test
	void aHolderManagesTheUsersOfItsOwnTitlesOnly() {
		WebTestClient own = TestUsers.holder(this.client, "holder-users-" + TestData.serial(), this.holderId);
		add(own, user("Thành viên hội", "C0006-TQT"));
		String other = TestData.holder(this.admin, "Hội khác " + TestData.serial(), "Quảng Trị");
		String othersTitle = (String) TestData
			.create(this.admin, TestData.grantedMark(other, "Quảng Trị", LocalDate.of(2019, 3, 1)))
			.get("id");
		own.post()
			.uri("/api/v1/registrations/{id}/authorised-users", othersTitle)
			.bodyValue(user("Không được", null))
			.exchange()
			.expectStatus()
			.isForbidden();
		own.get()
			.uri("/api/v1/registrations/{id}/authorised-users", othersTitle)
			.exchange()
			.expectStatus()
			.isForbidden();
		TestUsers.officer(this.client, "officer-users-" + TestData.serial(), "Khánh Hòa")
			.post()
			.uri(users())
			.bodyValue(user("Ngoài tỉnh", null))
			.exchange()
			.expectStatus()
			.isForbidden();
		TestUsers.officer(this.client, "officer-users-qt-" + TestData.serial(), "Quảng Trị")
			.post()
			.uri(users())
			.bodyValue(user("Trong tỉnh", null))
			.exchange()
			.expectStatus()
			.isCreated();
	}

	private String users() {
		return "/api/v1/registrations/" + this.titleId + "/authorised-users";
	}

	private Map<String, Object> add(WebTestClient as, Map<String, Object> body) {
		return TestData.created(as, users(), body);
	}

	private WebTestClient.ResponseSpec decide(String userId, String action, Map<String, Object> body) {
		return this.admin.post().uri(users() + "/" + userId + "/" + action).bodyValue(body).exchange();
	}

	private static Map<String, Object> user(String name, String code) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("address", "Quảng Trị");
		body.put("province", "quang tri");
		if (code != null) {
			body.put("code", code);
		}
		body.put("decisionNumber", "45/QĐ-SKHCN");
		body.put("grantedOn", "2024-02-29");
		body.put("validUntil", "2029-02-28");
		return body;
	}

}
