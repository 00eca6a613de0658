package vn.dost.registry.workspace;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.MutableClock;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.workspace.WorkspaceClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard on the real server: its figures are those of {@code /api/v1/stats} for
 * the same user, a cooperative sees only its own titles, deadlines and changes.
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class WorkspaceDashboardIntegrationTests {

	private static final Pattern CELL = Pattern.compile("<td[^>]*id=\"(count-[A-Z_]+-[A-Z_]+)\"[^>]*>(.*?)</td>",
			Pattern.DOTALL);

	private static final Pattern ISSUE = Pattern
		.compile("data-issue=\"([^\"]+)\">\\s*<span>[^<]*</span>\\s*" + "<span class=\"count\">(\\d+)</span>");

	@Autowired
	WebTestClient client;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void officersDashboardShowsTheFiguresOfTheStatsApiForItsProvince() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội cà phê " + TestData.serial(), "Quảng Trị");
		TestData.create(admin, TestData.grantedMark(holder, "Quảng Bình", LocalDate.of(2012, 3, 1)));
		Map<String, Object> noNumber = TestData.grantedMark(holder, "Quảng Trị", LocalDate.of(2013, 3, 1));
		noNumber.remove("registrationNumber");
		TestData.create(admin, noNumber);
		WebTestClient officer = TestUsers.officer(this.client, "ws-dash-officer", "Quảng Trị", "Huế");

		Page page = WorkspaceClient.signedIn(this.client, "ws-dash-officer").get("/app");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"scope\">Quảng Trị</p>");
		assertFiguresAgree(page.body(), stats(officer, "Quảng Trị"));
		assertThat(issues(page.body())).containsKey("registrationNumber.missing");
		assertThat(page.body()).contains("href=\"/app/registrations?dataIssue=registrationNumber.missing&amp;province="
				+ "Qu%E1%BA%A3ng%20Tr%E1%BB%8B\"");

		Page other = WorkspaceClient.signedIn(this.client, "ws-dash-officer").get("/app?province=Huế");
		assertThat(other.body()).contains("id=\"scope\">Huế</p>");
		assertFiguresAgree(other.body(), stats(officer, "Huế"));
	}

	@Test
	void administratorsDashboardShowsTheWholeRegistryOrOneProvince() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội hồ tiêu " + TestData.serial(), "Khánh Hòa");
		TestData.create(admin, TestData.markFiling(holder, "Ninh Thuận"));
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		Page all = browser.get("/app");
		assertThat(all.body()).contains("Tất cả các tỉnh, thành phố");
		assertFiguresAgree(all.body(), stats(admin, null));
		assertFiguresAgree(browser.get("/app?province=Khánh Hòa").body(), stats(admin, "Khánh Hòa"));
	}

	@Test
	void cooperativeSeesOnlyItsOwnTitlesDeadlinesAndChanges() {
		WebTestClient admin = TestUsers.admin(this.client);
		String own = TestData.holder(admin, "Hợp tác xã riêng " + TestData.serial(), "Khánh Hòa");
		String others = TestData.holder(admin, "Hợp tác xã khác " + TestData.serial(), "Khánh Hòa");
		// expires 01/08/2026, within 90 days of the tests' today (15/06/2026)
		Map<String, Object> expiring = TestData.grantedMark(own, "Khánh Hòa", LocalDate.of(2016, 8, 1));
		expiring.put("name", "Xoài riêng " + TestData.serial());
		TestData.create(admin, expiring);
		Map<String, Object> filing = TestData.markFiling(own, "Khánh Hòa");
		TestData.create(admin, filing);
		Map<String, Object> notOwn = TestData.grantedMark(others, "Khánh Hòa", LocalDate.of(2016, 8, 2));
		notOwn.put("name", "Xoài khác " + TestData.serial());
		TestData.create(admin, notOwn);
		String username = "ws-dash-coop-" + TestData.serial();
		WebTestClient cooperative = TestUsers.holder(this.client, username, own);

		Page page = WorkspaceClient.signedIn(this.client, username).get("/app");
		assertThat(page.status()).isEqualTo(200);
		Map<String, Object> stats = stats(cooperative, null);
		assertThat(((Number) stats.get("totalTitles")).longValue()).as("the filing is no title").isEqualTo(1);
		assertFiguresAgree(page.body(), stats);
		assertThat(page.body())
			.contains("Văn bằng của tổ chức bạn", (String) expiring.get("name"), (String) filing.get("name"),
					"Nhãn hiệu hết hạn", "01/08/2026")
			.doesNotContain((String) notOwn.get("name"))
			.doesNotContain("id=\"province\"");
	}

	@Test
	void recentChangesAreTheLatestHistoryEntriesNewestFirst() {
		WebTestClient admin = TestUsers.admin(this.client);
		String own = TestData.holder(admin, "Hợp tác xã thay đổi " + TestData.serial(), "Khánh Hòa");
		String username = "ws-dash-changes-" + TestData.serial();
		TestUsers.holder(this.client, username, own);
		Map<String, Object> first = TestData.markFiling(own, "Khánh Hòa");
		Map<String, Object> created = TestData.create(admin, first);
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(5)));
		Map<String, Object> second = TestData.create(admin, TestData.markFiling(own, "Khánh Hòa"));
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(5)));
		admin.put()
			.uri("/api/v1/registrations/{id}", created.get("id"))
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.bodyValue(TestData.with(first, "product", "Quả bưởi da xanh"))
			.exchange()
			.expectStatus()
			.isOk();

		Page page = WorkspaceClient.signedIn(this.client, username).get("/app");
		String changes = page.body().substring(page.body().indexOf("id=\"changes\""));
		assertThat(rows(changes)).containsExactly("15/06/2026 10:10 " + first.get("name") + " Sửa thông tin admin",
				"15/06/2026 10:05 " + second.get("name") + " Nộp đơn admin",
				"15/06/2026 10:00 " + first.get("name") + " Nộp đơn admin");
	}

	@Test
	void dashboardSpeaksEnglishWhenAsked() {
		TestUsers.officer(this.client, "ws-dash-en", "Quảng Trị");
		Page page = WorkspaceClient.signedIn(this.client, "ws-dash-en").get("/app?lang=en");
		assertThat(page.body()).contains("<html lang=\"en\"", "<h1>Overview</h1>", "Titles by type and status")
			.doesNotContain("??");
	}

	@Test
	void unknownProvinceIsTheBadRequestPage() {
		TestUsers.officer(this.client, "ws-dash-bad", "Quảng Trị");
		Page page = WorkspaceClient.signedIn(this.client, "ws-dash-bad").get("/app?province=Atlantis");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("Yêu cầu không hợp lệ");
	}

	private static void assertFiguresAgree(String html, Map<String, Object> stats) {
		Map<String, Map<String, Number>> expected = (Map<String, Map<String, Number>>) stats.get("byTypeAndStatus");
		Map<String, Long> shown = new java.util.TreeMap<>();
		Matcher cell = CELL.matcher(html);
		while (cell.find()) {
			shown.put(cell.group(1), Long.parseLong(cell.group(2).replaceAll("<[^>]+>", "").strip()));
		}
		Map<String, Long> wanted = new java.util.TreeMap<>();
		expected.forEach((type, byStatus) -> byStatus.forEach((status, count) -> {
			if (count.longValue() > 0) {
				wanted.put("count-" + type + "-" + status, count.longValue());
			}
		}));
		shown.values().removeIf(count -> count == 0);
		assertThat(shown).isEqualTo(wanted);
		assertThat(html)
			.contains("id=\"count-total\">" + wanted.values().stream().mapToLong(Long::longValue).sum() + "<");
		assertThat(html).containsPattern("id=\"titles-total\">" + stats.get("totalTitles") + " ");
		Map<String, Long> byStatus = new java.util.TreeMap<>();
		wanted.forEach(
				(cellId, count) -> byStatus.merge(cellId.substring(cellId.lastIndexOf('-') + 1), count, Long::sum));
		byStatus.forEach((status, count) -> assertThat(html)
			.containsPattern("id=\"total-status-" + status + "\"><a href=\"[^\"]+\">" + count + "</a>"));
		Map<String, Long> issues = new java.util.TreeMap<>();
		((Map<String, Number>) stats.get("dataIssues")).forEach((kind, count) -> issues.put(kind, count.longValue()));
		assertThat(issues(html)).isEqualTo(issues);
	}

	private static Map<String, Long> issues(String html) {
		Map<String, Long> found = new java.util.TreeMap<>();
		Matcher issue = ISSUE.matcher(html);
		while (issue.find()) {
			found.put(issue.group(1), Long.parseLong(issue.group(2)));
		}
		return found;
	}

	private static List<String> rows(String table) {
		List<String> rows = new ArrayList<>();
		Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL)
			.matcher(table.substring(table.indexOf("<tbody>")));
		while (row.find()) {
			rows.add(row.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
		}
		return rows;
	}

	private static Map<String, Object> stats(WebTestClient user, String province) {
		return TestData.listing(user, "/api/v1/stats",
				uri -> uri.queryParamIfPresent("province", java.util.Optional.ofNullable(province)));
	}

}
