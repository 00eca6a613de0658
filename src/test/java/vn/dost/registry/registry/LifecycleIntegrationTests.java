package vn.dost.registry.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.MutableClock;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every (status, action) pair of the lifecycle through the HTTP API, and the dated rules
 * around them.
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class LifecycleIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	MutableClock clock;

	@Autowired
	ExpirySweep sweep;

	WebTestClient admin;

	String holderId;

	@BeforeEach
	void setUp() {
		this.admin = TestUsers.admin(this.client);
		this.holderId = TestData.holder(this.admin, "Hội sản xuất " + TestData.serial(), null);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@ParameterizedTest
	@EnumSource(RegistrationStatus.class)
	void appliesEveryActionFromEveryStatusExactlyAsTheTableSays(RegistrationStatus from) {
		for (LifecycleAction action : LifecycleAction.values()) {
			Map<String, Object> created = TestData.create(this.admin, recordIn(from));
			String id = (String) created.get("id");
			RegistrationStatus expected = RegistrationStatusTests.expected(from, action);
			var response = this.admin.post()
				.uri("/api/v1/registrations/{id}/actions", id)
				.header("If-Match", "\"0\"")
				.bodyValue(body(action))
				.exchange();
			if (expected == null) {
				response.expectStatus()
					.isEqualTo(409)
					.expectBody()
					.jsonPath("$.type")
					.isEqualTo("/problems/illegal-transition")
					.jsonPath("$.detail")
					.value(detail -> assertThat((String) detail).as("named in words")
						.doesNotContainPattern("[A-Z]{4,}"));
				assertUnchanged(id, from);
			}
			else {
				response.expectStatus()
					.isOk()
					.expectHeader()
					.valueEquals("ETag", "\"1\"")
					.expectBody()
					.jsonPath("$.status")
					.isEqualTo(expected.name());
				this.admin.get()
					.uri("/api/v1/registrations/{id}/history", id)
					.exchange()
					.expectBody()
					.jsonPath("$.length()")
					.isEqualTo(2)
					.jsonPath("$[1].action")
					.isEqualTo(action.name())
					.jsonPath("$[1].actor")
					.isEqualTo("admin")
					.jsonPath("$[1].fromStatus")
					.isEqualTo(from.name())
					.jsonPath("$[1].toStatus")
					.isEqualTo(expected.name())
					.jsonPath("$[1].date")
					.isEqualTo("2026-06-01");
			}
		}
	}

	@Test
	void walksAnApplicationFromFilingToInvalidationWithEveryDecisionInHistory() {
		String id = (String) TestData
			.create(this.admin,
					TestData.with(TestData.markFiling(this.holderId, "Quảng Trị"), "filingDate", "2016-09-01"))
			.get("id");
		act(id, 0, Map.of("action", "ACCEPT", "date", "2016-10-01"), 200);
		act(id, 1, Map.of("action", "PUBLISH", "date", "2016-11-20", "gazetteNumber", "CB 344A"), 200);
		String number = "4-" + String.format("%07d", TestData.serial()) + "-000";
		act(id, 2, Map.of("action", "GRANT", "date", "2018-03-21", "registrationNumber", number, "reference",
				"2034/QĐ-SHTT"), 200);
		act(id, 3, Map.of("action", "AMEND", "date", "2019-01-10", "reference", "77/QĐ-SHTT", "changes",
				Map.of("product", "Hạt tiêu đen và tiêu xay", "niceClasses", List.of(30, 31))), 200);
		act(id, 4, Map.of("action", "RENEW", "date", "2026-06-10", "reference", "501/QĐ-SHTT"), 200);
		this.admin.get()
			.uri("/api/v1/registrations/{id}", id)
			.exchange()
			.expectBody()
			.jsonPath("$.registrationNumber")
			.isEqualTo(number)
			.jsonPath("$.grantDate")
			.isEqualTo("2018-03-21")
			.jsonPath("$.grantDecision")
			.isEqualTo("2034/QĐ-SHTT")
			.jsonPath("$.gazetteNumber")
			.isEqualTo("CB 344A")
			.jsonPath("$.product")
			.isEqualTo("Hạt tiêu đen và tiêu xay")
			.jsonPath("$.expiryDate")
			.isEqualTo("2036-09-01")
			.jsonPath("$.renewal.state")
			.isEqualTo("NOT_DUE");
		act(id, 5, Map.of("action", "TERMINATE", "date", "2026-06-12", "reason", "Không sử dụng 5 năm liên tục"), 200);
		act(id, 6, Map.of("action", "INVALIDATE", "date", "2026-06-14", "reason", "Đăng ký không trung thực"), 200);
		this.admin.get()
			.uri("/api/v1/registrations/{id}/history", id)
			.exchange()
			.expectBody()
			.jsonPath("$[*].action")
			.isEqualTo(List.of("CREATED", "ACCEPT", "PUBLISH", "GRANT", "AMEND", "RENEW", "TERMINATE", "INVALIDATE"))
			.jsonPath("$[4].reference")
			.isEqualTo("77/QĐ-SHTT")
			.jsonPath("$[4].changes.product[1]")
			.isEqualTo("Hạt tiêu đen và tiêu xay")
			.jsonPath("$[4].changes.niceClasses[1]")
			.isEqualTo(List.of(30, 31))
			.jsonPath("$[5].changes.expiryDate")
			.isEqualTo(List.of("2026-09-01", "2036-09-01"))
			.jsonPath("$[6].reason")
			.isEqualTo("Không sử dụng 5 năm liên tục");
	}

	/**
	 * A refused action is named in the reader's language, as are the status and the
	 * reason: "cấp văn bằng", "đã nộp đơn", never GRANT or FILED.
	 */
	@Test
	void namesARefusedActionAndTheStatusInWords() {
		String id = (String) TestData.create(this.admin, TestData.markFiling(this.holderId, "Quảng Trị")).get("id");
		Map<String, Object> grant = Map.of("action", "GRANT", "date", "2026-06-01", "registrationNumber",
				"4-" + String.format("%07d", TestData.serial()) + "-000");
		for (String language : List.of("vi", "en")) {
			this.admin.post()
				.uri("/api/v1/registrations/{id}/actions", id)
				.header("If-Match", "\"0\"")
				.header("Accept-Language", language)
				.bodyValue(grant)
				.exchange()
				.expectStatus()
				.isEqualTo(409)
				.expectBody()
				.jsonPath("$.detail")
				.isEqualTo(language.equals("vi")
						? "Không thể cấp văn bằng khi hồ sơ đang ở trạng thái \"đã nộp đơn\": thao tác này không được"
								+ " phép từ trạng thái đó. Không có gì thay đổi."
						: "Granting is not possible while the record is \"filed\": that action is not allowed from"
								+ " that status. Nothing was changed.");
		}
	}

	@Test
	void refusesAGrantWithACertificateNumberAlreadyUsed() {
		Map<String, Object> granted = TestData.create(this.admin,
				TestData.grantedMark(this.holderId, "Khánh Hòa", LocalDate.of(2020, 1, 1)));
		String id = (String) TestData.create(this.admin, recordIn(RegistrationStatus.PUBLISHED)).get("id");
		act(id, 0, Map.of("action", "GRANT", "date", "2026-06-01", "registrationNumber",
				granted.get("registrationNumber")), 409);
		assertUnchanged(id, RegistrationStatus.PUBLISHED);
		act(id, 0, Map.of("action", "GRANT", "date", "2026-06-01"), 400);
	}

	@Test
	void neverRenewsAGeographicalIndication() {
		Map<String, Object> gi = new HashMap<>(Map.of("type", "GEOGRAPHICAL_INDICATION", "name",
				"Chỉ dẫn thử " + TestData.serial(), "product", "Chè", "province", "Quảng Trị", "status", "GRANTED",
				"filingDate", "2010-01-01", "registrationNumber", String.format("%05d", TestData.serial() % 100000)));
		Map<String, Object> created = TestData.create(this.admin, gi);
		assertThat(created.get("expiryDate")).isNull();
		assertThat(created.get("renewal")).isNull();
		act((String) created.get("id"), 0, Map.of("action", "RENEW", "date", "2026-06-01"), 409);
	}

	@Test
	void renewsOnlyFromSixMonthsBeforeExpiryToSixMonthsAfter() {
		String early = (String) TestData
			.create(this.admin, TestData.grantedMark(this.holderId, "Khánh Hòa", LocalDate.of(2016, 12, 16)))
			.get("id");
		act(early, 0, Map.of("action", "RENEW", "date", "2026-06-15"), 409);
		String opening = (String) TestData
			.create(this.admin, TestData.grantedMark(this.holderId, "Khánh Hòa", LocalDate.of(2016, 12, 15)))
			.get("id");
		act(opening, 0, Map.of("action", "RENEW", "date", "2026-06-15"), 200);
		String inGrace = (String) TestData
			.create(this.admin, TestData.grantedMark(this.holderId, "Khánh Hòa", LocalDate.of(2015, 12, 15)))
			.get("id");
		this.admin.get()
			.uri("/api/v1/registrations/{id}", inGrace)
			.exchange()
			.expectBody()
			.jsonPath("$.renewal.state")
			.isEqualTo("IN_GRACE")
			.jsonPath("$.status")
			.isEqualTo("GRANTED");
		act(inGrace, 0, Map.of("action", "RENEW", "date", "2026-06-15"), 200);
		String lapsed = (String) TestData
			.create(this.admin, TestData.grantedMark(this.holderId, "Khánh Hòa", LocalDate.of(2015, 12, 14)))
			.get("id");
		act(lapsed, 0, Map.of("action", "RENEW", "date", "2026-06-15"), 409);
	}

	@Test
	void showsNoExpiryForAMarkRefusedWithdrawnOrInvalidatedInTheRecordOrTheListing() {
		String name = "Nhãn vô hiệu " + TestData.serial();
		Map<String, Object> filing = TestData.with(TestData.markFiling(this.holderId, "Khánh Hòa"), "name", name);
		String refused = (String) TestData.create(this.admin, filing).get("id");
		String withdrawn = (String) TestData.create(this.admin, TestData.with(filing, "applicationNumber", null))
			.get("id");
		String invalidated = (String) TestData
			.create(this.admin,
					TestData.with(TestData.grantedMark(this.holderId, "Khánh Hòa", LocalDate.of(2020, 3, 10)), "name",
							name))
			.get("id");
		this.admin.get()
			.uri("/api/v1/registrations/{id}", invalidated)
			.exchange()
			.expectBody()
			.jsonPath("$.expiryDate")
			.isEqualTo("2030-03-10");
		act(refused, 0, Map.of("action", "REFUSE", "date", "2026-06-01"), 200);
		act(withdrawn, 0, Map.of("action", "WITHDRAW", "date", "2026-06-01"), 200);
		act(invalidated, 0, Map.of("action", "INVALIDATE", "date", "2026-06-01", "reason", "Trùng"), 200);
		for (String id : List.of(refused, withdrawn, invalidated)) {
			this.admin.get()
				.uri("/api/v1/registrations/{id}", id)
				.exchange()
				.expectBody()
				.jsonPath("$.expiryDate")
				.doesNotExist()
				.jsonPath("$.renewal")
				.doesNotExist();
		}
		Map<String, Object> listed = TestData.listing(this.admin, uri -> uri.queryParam("q", "{q}"), name);
		assertThat((List<Map<String, Object>>) listed.get("items")).hasSize(3)
			.allSatisfy(item -> assertThat(item.get("expiryDate")).isNull());
	}

	@Test
	void refusesARenewalOutsideItsWindowBeforeReadingTheRequestsFields() {
		String early = (String) TestData
			.create(this.admin, TestData.grantedMark(this.holderId, "Khánh Hòa", LocalDate.of(2016, 12, 16)))
			.get("id");
		// a date in the future: 400 if the window were checked after the fields
		this.admin.post()
			.uri("/api/v1/registrations/{id}/actions", early)
			.header("If-Match", "\"0\"")
			.bodyValue(Map.of("action", "RENEW", "date", "2999-01-01"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/illegal-transition");
	}

	@Test
	void theNightlySweepTakesTodayFromTheNightItRuns() {
		// the scheduler obtains the sweep's publisher once, at start, and subscribes to
		// it every night
		reactor.core.publisher.Mono<Long> nightly = this.sweep.sweep();
		String id = (String) TestData
			.create(this.admin, TestData.grantedMark(this.holderId, "Khánh Hòa", LocalDate.of(2016, 9, 2)))
			.get("id");
		nightly.as(reactor.test.StepVerifier::create).expectNextCount(1).verifyComplete();
		this.admin.get()
			.uri("/api/v1/registrations/{id}/history", id)
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1);
		this.clock.setToday(LocalDate.of(2027, 3, 3));
		nightly.as(reactor.test.StepVerifier::create).expectNextCount(1).verifyComplete();
		this.admin.get()
			.uri("/api/v1/registrations/{id}/history", id)
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(2)
			.jsonPath("$[1].action")
			.isEqualTo("EXPIRED");
	}

	@Test
	void readsALapsedMarkAsExpiredAtOnceAndTheSweepStoresIt() {
		String id = (String) TestData
			.create(this.admin, TestData.grantedMark(this.holderId, "Khánh Hòa", LocalDate.of(2016, 9, 1)))
			.get("id");
		this.clock.setToday(LocalDate.of(2027, 3, 2));
		this.admin.get()
			.uri("/api/v1/registrations/{id}", id)
			.exchange()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("EXPIRED")
			.jsonPath("$.renewal.state")
			.isEqualTo("LAPSED")
			.jsonPath("$.version")
			.isEqualTo(0);
		this.admin.get()
			.uri("/api/v1/registrations?status=EXPIRED&size=200")
			.exchange()
			.expectBody()
			.jsonPath("$.items[*].id")
			.value(ids -> assertThat((List<String>) ids).contains(id));
		this.admin.get()
			.uri("/api/v1/registrations?status=GRANTED&size=200")
			.exchange()
			.expectBody()
			.jsonPath("$.items[*].id")
			.value(ids -> assertThat((List<String>) ids).doesNotContain(id));
		this.sweep.sweep()
			.as(reactor.test.StepVerifier::create)
			.assertNext(count -> assertThat(count).isGreaterThanOrEqualTo(1))
			.verifyComplete();
		this.admin.get()
			.uri("/api/v1/registrations/{id}/history", id)
			.exchange()
			.expectBody()
			.jsonPath("$[1].action")
			.isEqualTo("EXPIRED")
			.jsonPath("$[1].actor")
			.isEqualTo("system")
			.jsonPath("$[1].toStatus")
			.isEqualTo("EXPIRED");
		this.sweep.sweep().as(reactor.test.StepVerifier::create).expectNext(0L).verifyComplete();
		act(id, 1, Map.of("action", "RENEW", "date", "2027-03-02"), 409);
		act(id, 1, Map.of("action", "INVALIDATE", "date", "2027-03-02", "reason", "Vi phạm"), 200);
	}

	@Test
	void rejectsAnAmendmentOfFieldsADecisionCannotChange() {
		String id = (String) TestData
			.create(this.admin, TestData.grantedMark(this.holderId, "Khánh Hòa", LocalDate.of(2020, 1, 1)))
			.get("id");
		this.admin.post()
			.uri("/api/v1/registrations/{id}/actions", id)
			.header("If-Match", "\"0\"")
			.bodyValue(Map.of("action", "AMEND", "date", "2026-06-01", "reference", "1/QĐ-SHTT", "changes",
					Map.of("registrationNumber", "99999")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("changes.registrationNumber");
		assertUnchanged(id, RegistrationStatus.GRANTED);
	}

	private Map<String, Object> recordIn(RegistrationStatus status) {
		LocalDate filed = switch (status) {
			case GRANTED -> LocalDate.of(2016, 9, 1);
			case EXPIRED -> LocalDate.of(2016, 3, 1);
			default -> LocalDate.of(2020, 3, 10);
		};
		Map<String, Object> body = status.isTitle() ? TestData.grantedMark(this.holderId, "Khánh Hòa", filed)
				: TestData.markFiling(this.holderId, "Khánh Hòa");
		body.put("status", status.name());
		return body;
	}

	private static Map<String, Object> body(LifecycleAction action) {
		Map<String, Object> body = new HashMap<>(Map.of("action", action.name(), "date", "2026-06-01"));
		switch (action) {
			case PUBLISH -> body.put("gazetteNumber", "CB 400");
			case GRANT -> body.putAll(Map.of("registrationNumber",
					"4-" + String.format("%07d", TestData.serial()) + "-000", "reference", "99/QĐ-SHTT"));
			case TERMINATE, INVALIDATE -> body.putAll(Map.of("reason", "Lý do thử", "reference", "5/QĐ-SHTT"));
			case AMEND -> body.putAll(Map.of("reference", "7/QĐ-SHTT", "changes", Map.of("product", "Sản phẩm mới")));
			default -> {
			}
		}
		return body;
	}

	private void act(String id, int version, Map<String, Object> body, int status) {
		this.admin.post()
			.uri("/api/v1/registrations/{id}/actions", id)
			.header("If-Match", "\"" + version + "\"")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status);
	}

	private void assertUnchanged(String id, RegistrationStatus status) {
		this.admin.get()
			.uri("/api/v1/registrations/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("ETag", "\"0\"")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(status.name());
		this.admin.get()
			.uri("/api/v1/registrations/{id}/history", id)
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1);
	}

}
