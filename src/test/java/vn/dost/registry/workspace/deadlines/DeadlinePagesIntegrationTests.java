package vn.dost.registry.workspace.deadlines;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.workspace.WorkspaceClient;
import vn.dost.registry.workspace.WorkspaceClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline desk on the real server: what falls due in the window chosen, by month and
 * in words, linked to the title; a province of the officer's or all of them; a
 * cooperative's own only; and a calendar feed address made on request that a calendar app
 * can read.
 */
@RegistryIntegrationTest
class DeadlinePagesIntegrationTests {

	@Autowired
	WebTestClient client;

	@Test
	void listsWhatFallsDueInTheWindowInWordsLinkedToTheTitle() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hợp tác xã Thời hạn " + TestData.serial(), "Quảng Trị");
		// expires 01/08/2026; the grace period ends 01/02/2027
		Map<String, Object> title = TestData.create(admin,
				TestData.grantedMark(holder, "Quảng Trị", LocalDate.of(2016, 8, 1)));
		TestUsers.officer(this.client, "ws-deadlines", "Quảng Trị", "Huế");
		WorkspaceClient officer = WorkspaceClient.signedIn(this.client, "ws-deadlines");

		Document desk = html(officer.get("/app/deadlines"));
		assertThat(desk.select("#within option[selected]").val()).isEqualTo("P3M");
		assertThat(desk.select("#scope").text()).isEqualTo("Các tỉnh được giao cho bạn");
		Element row = rowOf(desk, (String) title.get("id"));
		assertThat(row.text()).contains("01/08/2026", "còn 47 ngày", "Nhãn hiệu hết hạn", (String) title.get("name"),
				"Quảng Trị");
		assertThat(row.closest("tbody").select("tr.month").text()).startsWith("Tháng 8/2026");
		assertThat(desk
			.select("#deadlines [data-kind=GRACE_PERIOD_ENDS] a[href=/app/registrations/" + title.get("id") + "]"))
			.as("the grace period ends beyond 3 months")
			.isEmpty();

		Document year = html(officer.get("/app/deadlines?within=P12M"));
		assertThat(year.select("#list-heading").text()).startsWith("Việc cần làm trong 12 tháng tới");
		assertThat(year.select("[data-kind=GRACE_PERIOD_ENDS] a[href=/app/registrations/" + title.get("id") + "]"))
			.hasSize(1);

		Document hue = html(officer.get("/app/deadlines?within=P12M&province=Huế"));
		assertThat(hue.select("#scope").text()).isEqualTo("Huế");
		assertThat(hue.select("#deadlines a[href=/app/registrations/" + title.get("id") + "]")).isEmpty();
		assertThat(officer.get("/app/deadlines?within=P5Y").status()).isEqualTo(400);
		assertThat(officer.get("/app/deadlines?lang=en").body()).contains("Deadline calendar").doesNotContain("??");
	}

	@Test
	void cooperativeSeesOnlyItsOwnDeadlines() {
		WebTestClient admin = TestUsers.admin(this.client);
		String own = TestData.holder(admin, "Hợp tác xã hạn riêng " + TestData.serial(), "Khánh Hòa");
		String other = TestData.holder(admin, "Hợp tác xã hạn khác " + TestData.serial(), "Khánh Hòa");
		Map<String, Object> mine = TestData.create(admin,
				TestData.grantedMark(own, "Khánh Hòa", LocalDate.of(2016, 7, 20)));
		Map<String, Object> theirs = TestData.create(admin,
				TestData.grantedMark(other, "Khánh Hòa", LocalDate.of(2016, 7, 21)));
		String username = "ws-deadlines-coop-" + TestData.serial();
		TestUsers.holder(this.client, username, own);
		Document desk = html(WorkspaceClient.signedIn(this.client, username).get("/app/deadlines"));
		assertThat(desk.select("#scope").text()).isEqualTo("Văn bằng và sản phẩm của tổ chức bạn");
		assertThat(desk.select("#province")).isEmpty();
		assertThat(desk.select("#deadlines").text()).contains((String) mine.get("name"))
			.doesNotContain((String) theirs.get("name"));
	}

	@Test
	void makesACalendarFeedAddressThatACalendarAppCanRead() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hợp tác xã Lịch " + TestData.serial(), "Huế");
		Map<String, Object> title = TestData.create(admin,
				TestData.grantedMark(holder, "Huế", LocalDate.of(2016, 9, 1)));
		TestUsers.officer(this.client, "ws-deadlines-feed", "Huế");
		WorkspaceClient officer = WorkspaceClient.signedIn(this.client, "ws-deadlines-feed");
		assertThat(html(officer.get("/app/deadlines?within=P6M")).select("#feed-url")).isEmpty();

		Page made = officer.post("/app/deadlines/calendar-token", Map.of("within", "P6M", "province", "Huế"));
		assertThat(made.status()).isEqualTo(200);
		String feed = html(made).select("#feed-url").val();
		assertThat(feed).startsWith("http://localhost:8080/api/v1/deadlines.ics?token=")
			.endsWith("&within=P6M&province=Hu%E1%BA%BF");
		String calendar = this.client.get()
			.uri(relative(feed))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(calendar).contains("BEGIN:VCALENDAR", (String) title.get("name"));

		Page remade = officer.post("/app/deadlines/calendar-token", Map.of("within", "P6M"));
		assertThat(html(remade).select("#feed-url").val()).isNotEqualTo(feed);
		this.client.get()
			.uri(feed.substring("http://localhost:8080".length()))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	/**
	 * The feed's address on the test's server, its parameters as the address has them.
	 */
	private static Function<UriBuilder, URI> relative(String feed) {
		UriComponents parts = UriComponentsBuilder.fromUriString(feed).build();
		return uri -> {
			UriBuilder built = uri.path(parts.getPath());
			parts.getQueryParams()
				.forEach((name, values) -> values
					.forEach(value -> built.queryParam(name, UriUtils.decode(value, StandardCharsets.UTF_8))));
			return built.build();
		};
	}

	private static Element rowOf(Document desk, String titleId) {
		return desk.select("#deadlines a[href=/app/registrations/" + titleId + "]").first().closest("tr");
	}

	private static Document html(Page page) {
		return Jsoup.parse(page.body());
	}

}
