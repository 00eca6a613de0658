package vn.dost.registry.deadlines;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.MutableClock;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline desk on a fixed clock (today 2026-06-15 in Asia/Ho_Chi_Minh unless a test
 * moves it).
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class DeadlinesIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	MutableClock clock;

	WebTestClient admin;

	String holderId;

	WebTestClient holderUser;

	@BeforeEach
	void setUp() {
		this.admin = TestUsers.admin(this.client);
		this.holderId = TestData.holder(this.admin, "Hợp tác xã hạn " + TestData.serial(), "Quảng Trị");
		this.holderUser = TestUsers.holder(this.client, "holder-deadlines-" + TestData.serial(), this.holderId);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theRenewalWindowOpensExactlySixMonthsBeforeExpiry() {
		String onToday = mark("Quảng Trị", LocalDate.of(2016, 12, 15));
		String tomorrow = mark("Quảng Trị", LocalDate.of(2016, 12, 16));
		List<Map<String, Object>> items = deadlines(this.holderUser, "P6M");
		assertThat(due(items, onToday, "RENEWAL_WINDOW_OPENS")).isEqualTo("2026-06-15");
		assertThat(due(items, onToday, "MARK_EXPIRES")).isEqualTo("2026-12-15");
		assertThat(due(items, tomorrow, "RENEWAL_WINDOW_OPENS")).isEqualTo("2026-06-16");
		assertThat(due(items, tomorrow, "MARK_EXPIRES")).as("expiry 2026-12-16 is past the window's last day").isNull();
		assertThat(due(items, onToday, "GRACE_PERIOD_ENDS")).isNull();
		assertThat(due(deadlines(this.holderUser, "P1Y"), onToday, "GRACE_PERIOD_ENDS")).isEqualTo("2027-06-15");
		this.clock.setToday(LocalDate.of(2026, 6, 16));
		assertThat(due(deadlines(this.holderUser, "P6M"), onToday, "RENEWAL_WINDOW_OPENS"))
			.as("an opening already past is no longer due")
			.isNull();
	}

	@Test
	void theGracePeriodEndsExactlySixMonthsAfterExpiryThenTheMarkLapses() {
		String inGrace = mark("Quảng Trị", LocalDate.of(2016, 1, 10));
		String leapDay = mark("Quảng Trị", LocalDate.of(2016, 2, 29));
		String lapsed = mark("Quảng Trị", LocalDate.of(2015, 9, 1));
		List<Map<String, Object>> items = deadlines(this.holderUser, "P6M");
		assertThat(due(items, inGrace, "GRACE_PERIOD_ENDS")).isEqualTo("2026-07-10");
		assertThat(due(items, leapDay, "GRACE_PERIOD_ENDS")).as("expiry 2026-02-28, grace to 2026-08-28")
			.isEqualTo("2026-08-28");
		assertThat(due(items, lapsed, "MARK_LAPSED")).isEqualTo("2026-03-01");
		this.clock.setToday(LocalDate.of(2026, 7, 10));
		assertThat(due(deadlines(this.holderUser, "P6M"), inGrace, "GRACE_PERIOD_ENDS")).isEqualTo("2026-07-10");
		this.clock.setToday(LocalDate.of(2026, 7, 11));
		List<Map<String, Object>> later = deadlines(this.holderUser, "P6M");
		assertThat(due(later, inGrace, "GRACE_PERIOD_ENDS")).isNull();
		assertThat(due(later, inGrace, "MARK_LAPSED")).isEqualTo("2026-07-10");
	}

	@Test
	void todayIsTheDayInHoChiMinhCity() {
		this.clock.set(Instant.parse("2026-06-14T17:30:00Z"));
		assertThat(window(this.holderUser, "P6M").get("from")).isEqualTo("2026-06-15");
		this.clock.set(Instant.parse("2026-06-14T16:59:00Z"));
		assertThat(window(this.holderUser, "P6M").get("from")).isEqualTo("2026-06-14");
	}

	@Test
	void listsOcopCertificatesAndRightsToUseRunningOutSoonestFirst() {
		String title = mark("Quảng Trị", LocalDate.of(2020, 5, 4));
		Map<String, Object> user = new HashMap<>(
				Map.of("name", "Cơ sở Hải Lăng", "grantedOn", "2024-02-29", "validUntil", "2026-09-01"));
		String userId = (String) TestData
			.created(this.admin, "/api/v1/registrations/" + title + "/authorised-users", user)
			.get("id");
		String product = (String) TestData.created(this.admin, "/api/v1/ocop-products", ocop("2023-08-01")).get("id");
		String leapProduct = (String) TestData.created(this.admin, "/api/v1/ocop-products", ocop("2024-02-29"))
			.get("id");
		List<Map<String, Object>> items = deadlines(this.holderUser, "P6M");
		assertThat(items).anySatisfy(item -> assertThat(item).containsEntry("kind", "AUTHORISED_USER_EXPIRES")
			.containsEntry("authorisedUserId", userId)
			.containsEntry("registrationId", title)
			.containsEntry("dueDate", "2026-09-01")
			.containsEntry("name", "Cơ sở Hải Lăng"));
		assertThat(items).anySatisfy(item -> assertThat(item).containsEntry("kind", "OCOP_CERTIFICATE_EXPIRES")
			.containsEntry("ocopProductId", product)
			.containsEntry("dueDate", "2026-08-01"));
		assertThat(items).noneSatisfy(item -> assertThat(item).containsEntry("ocopProductId", leapProduct));
		assertThat(deadlines(this.holderUser, "P1Y"))
			.anySatisfy(item -> assertThat(item).containsEntry("ocopProductId", leapProduct)
				.containsEntry("dueDate", "2027-02-28"));
		List<String> days = items.stream().map(item -> (String) item.get("dueDate")).toList();
		assertThat(days).isSorted();
	}

	@Test
	void aRightToUseFallsDueOnTheDayItNowEndsAtOnceAfterAChange() {
		String title = mark("Quảng Trị", LocalDate.of(2020, 5, 4));
		String users = "/api/v1/registrations/" + title + "/authorised-users";
		Map<String, Object> user = new HashMap<>(
				Map.of("name", "Tổ hợp tác Vĩnh Linh", "grantedOn", "2024-03-01", "validUntil", "2027-09-01"));
		String userId = (String) TestData.created(this.admin, users, user).get("id");
		assertThat(deadlines(this.holderUser, "P6M"))
			.noneSatisfy(item -> assertThat(item).containsEntry("authorisedUserId", userId));

		user.put("validUntil", "2026-08-20");
		this.admin.put().uri(users + "/" + userId).bodyValue(user).exchange().expectStatus().isOk();
		assertThat(deadlines(this.holderUser, "P6M")).filteredOn(item -> userId.equals(item.get("authorisedUserId")))
			.singleElement()
			.satisfies(item -> assertThat(item).containsEntry("dueDate", "2026-08-20")
				.containsEntry("registrationId", title));
		this.admin.post().uri("/api/v1/admin/reindex").exchange().expectStatus().isOk();
		assertThat(deadlines(this.holderUser, "P6M")).as("the index rebuilt from the stored records")
			.anySatisfy(item -> assertThat(item).containsEntry("authorisedUserId", userId)
				.containsEntry("dueDate", "2026-08-20"));

		this.admin.post()
			.uri(users + "/" + userId + "/revoke")
			.bodyValue(Map.of("reason", "Vi phạm quy chế"))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(deadlines(this.holderUser, "P6M"))
			.noneSatisfy(item -> assertThat(item).containsEntry("authorisedUserId", userId));
	}

	@Test
	void anOfficerSeesTheirProvincesByDefaultAndAnyProvinceTheyAskFor() {
		String formerProvince = mark("Quảng Bình", LocalDate.of(2016, 12, 20));
		String elsewhere = mark("Khánh Hòa", LocalDate.of(2016, 12, 20));
		WebTestClient officer = TestUsers.officer(this.client, "officer-deadlines-" + TestData.serial(), "Quảng Trị");
		List<Map<String, Object>> seen = deadlines(officer, "P6M");
		assertThat(ids(seen)).contains(formerProvince).doesNotContain(elsewhere);
		assertThat(ids(window(officer, "P6M&province=Khánh Hòa"))).contains(elsewhere).doesNotContain(formerProvince);
		assertThat(ids(window(this.admin, "P6M&province=Khánh Hòa"))).contains(elsewhere)
			.doesNotContain(formerProvince);
	}

	@Test
	void refusesWindowsThatAreNotAPeriodOfADayToTwoYears() {
		for (String bad : List.of("abc", "P0D", "-P1M", "P3Y", "PT5H")) {
			this.admin.get()
				.uri(uri -> uri.path("/api/v1/deadlines").queryParam("within", bad).build())
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("within");
		}
	}

	@Test
	void theCalendarFeedParsesAsICalendarWithStableAllDayEventsAndWeekAheadAlarms() throws Exception {
		String title = mark("Quảng Trị", LocalDate.of(2016, 12, 15));
		Map<String, Object> token = token();
		String url = (String) token.get("url");
		assertThat(url).startsWith("/api/v1/deadlines.ics?token=");
		String first = feed(url + "&within=P6M");
		String second = feed(url + "&within=P6M");
		List<VEvent> events = new CalendarBuilder().build(new StringReader(first)).getComponents(Component.VEVENT);
		Calendar again = new CalendarBuilder().build(new StringReader(second));
		assertThat(events).hasSize(deadlines(this.holderUser, "P6M").size());
		assertThat(uids(events)).isEqualTo(uids(again.getComponents(Component.VEVENT))).doesNotHaveDuplicates();
		VEvent opening = events.stream()
			.filter(event -> value(event, Property.UID).contains("title-" + title))
			.filter(event -> value(event, Property.DTSTART).equals("20260615"))
			.findFirst()
			.orElseThrow();
		assertThat(opening.getProperty(Property.DTSTART)
			.orElseThrow()
			.getParameter(Parameter.VALUE)
			.orElseThrow()
			.getValue()).isEqualTo("DATE");
		assertThat(value(opening, Property.DTEND)).isEqualTo("20260616");
		assertThat(value(opening, Property.SUMMARY)).startsWith("Bắt đầu được nộp đơn gia hạn: Nhãn hiệu thử");
		assertThat(opening.getAlarms()).singleElement()
			.satisfies(alarm -> assertThat(alarm.getProperty(Property.TRIGGER).orElseThrow().getValue()).isIn("-P7D",
					"-P1W"));
		assertThat(first).contains("TRIGGER:-P7D");
		assertThat(first).contains("\r\n").doesNotContain("\n\n");
		assertThat(first.lines())
			.allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
				.isLessThanOrEqualTo(75));
	}

	@Test
	void theFeedTokenIsTheOnlyKeyAndANewTokenRetiresTheOld() {
		Map<String, Object> old = token();
		this.client.get().uri((String) old.get("url")).exchange().expectStatus().isOk();
		Map<String, Object> renewed = token();
		this.client.get().uri((String) old.get("url")).exchange().expectStatus().isUnauthorized();
		this.client.get().uri((String) renewed.get("url")).exchange().expectStatus().isOk();
		this.client.get().uri("/api/v1/deadlines.ics?token=not-a-token").exchange().expectStatus().isUnauthorized();
		this.client.get().uri("/api/v1/deadlines.ics").exchange().expectStatus().isUnauthorized();
		this.holderUser.get().uri("/api/v1/deadlines.ics?lang=en").exchange().expectStatus().isOk();
	}

	private Map<String, Object> token() {
		return this.holderUser.post()
			.uri("/api/v1/deadlines/calendar-token")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private String feed(String url) {
		return this.client.get()
			.uri(url)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/calendar")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static String value(Component component, String property) {
		return component.getProperty(property).orElseThrow().getValue();
	}

	private static List<String> uids(List<VEvent> events) {
		return events.stream().map(event -> value(event, Property.UID)).toList();
	}

	private String mark(String province, LocalDate filingDate) {
		return (String) TestData.create(this.admin, TestData.grantedMark(this.holderId, province, filingDate))
			.get("id");
	}

	private Map<String, Object> ocop(String certifiedOn) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", "Tiêu Cồn Tiên OCOP " + TestData.serial());
		body.put("producerName", "Hợp tác xã Cồn Tiên");
		body.put("holderId", this.holderId);
		body.put("province", "Quảng Trị");
		body.put("productGroup", "FOOD");
		body.put("stars", 3);
		body.put("certifiedOn", certifiedOn);
		return body;
	}

	private Map<String, Object> window(WebTestClient as, String within) {
		return as.get()
			.uri("/api/v1/deadlines?within=" + within)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private List<Map<String, Object>> deadlines(WebTestClient as, String within) {
		return (List<Map<String, Object>>) window(as, within).get("items");
	}

	private static List<String> ids(Map<String, Object> window) {
		return ids((List<Map<String, Object>>) window.get("items"));
	}

	private static List<String> ids(List<Map<String, Object>> items) {
		return items.stream().map(item -> (String) item.get("registrationId")).toList();
	}

	private static String due(List<Map<String, Object>> items, String registrationId, String kind) {
		return items.stream()
			.filter(item -> registrationId.equals(item.get("registrationId")) && kind.equals(item.get("kind"))
					&& item.get("authorisedUserId") == null)
			.map(item -> (String) item.get("dueDate"))
			.findFirst()
			.orElse(null);
	}

}
