package vn.dost.registry.workspace.registrations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.workspace.WorkspaceClient;
import vn.dost.registry.workspace.Htmx;
import vn.dost.registry.workspace.WorkspaceClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /app/registrations} on the real server: search without diacritics, facets with
 * their counts as links, paging and order, the type-ahead, the data-issue filter, and a
 * cooperative that sees only its own titles.
 */
@RegistryIntegrationTest
class WorkspaceRegistrationsIntegrationTests {

	@Autowired
	WebTestClient client;

	/** A word no other test's titles have, so that a search finds only this test's. */
	static String uniqueWord() {
		StringBuilder word = new StringBuilder("Kh");
		String.valueOf(TestData.serial()).chars().forEach(digit -> word.append((char) ('a' + digit - '0')));
		return word.toString();
	}

	@Test
	void searchesWithoutDiacriticsShowsTheTableInWordsAndCountsEachFacet() {
		WebTestClient admin = TestUsers.admin(this.client);
		String word = uniqueWord();
		String holder = TestData.holder(admin, "Hội nước mắm " + word, "Quảng Trị");
		Map<String, Object> granted = TestData.grantedMark(holder, "Quảng Trị", LocalDate.of(2016, 9, 1));
		granted.put("name", "Nước mắm Cửa Tùng " + word);
		TestData.create(admin, granted);
		Map<String, Object> filing = TestData.markFiling(holder, "Quảng Bình");
		filing.put("name", "Nước mắm Đồng Hới " + word);
		TestData.create(admin, filing);

		Page page = WorkspaceClient.signedIn(this.client, "admin")
			.get("/app/registrations?q=nuoc+mam+" + word + "&sort=name");
		assertThat(page.status()).isEqualTo(200);
		assertThat(TitlePages.text(TitlePages.part(page.body(), "result-count"))).startsWith("2 hồ sơ phù hợp");
		assertThat(TitlePages.rows(page.body(), "titles")).containsExactly(
				"Nước mắm Cửa Tùng " + word + " Quả bưởi Nhãn hiệu tập thể " + granted.get("registrationNumber")
						+ " Đơn " + granted.get("applicationNumber") + " Hội nước mắm " + word
						+ " Quảng Trị Còn hiệu lực 01/09/2026 Đang trong thời hạn gia hạn",
				"Nước mắm Đồng Hới " + word + " Quả bưởi Nhãn hiệu tập thể Đơn " + filing.get("applicationNumber")
						+ " Hội nước mắm " + word + " Quảng Trị Đã nộp đơn 10/03/2030");
		assertThat(page.body())
			.containsPattern("data-facet=\"status\">\\s*<li>\\s*<a href=\"/app/registrations\\?q=nuoc%20mam%20" + word
					+ "&amp;sort=name&amp;status=FILED\"[^>]*hx-get=[^>]*>\\s*<span>Đã nộp đơn</span>\\s*<span class=\"count\">1</span>");
		assertThat(page.body()).contains("data-facet=\"province\"", ">Quảng Trị</span>",
				"<span class=\"count\">2</span>");

		Page filtered = WorkspaceClient.signedIn(this.client, "admin")
			.get("/app/registrations?q=nuoc+mam+" + word + "&status=FILED");
		assertThat(TitlePages.rows(filtered.body(), "titles")).hasSize(1)
			.allMatch(row -> row.startsWith("Nước mắm Đồng Hới"));
		assertThat(filtered.body()).contains("id=\"clear-filters\"", "type=\"hidden\" name=\"status\" value=\"FILED\"");
	}

	@Test
	void facetClickedWithHtmxAnswersThePageWhoseMainItSwaps() {
		WebTestClient admin = TestUsers.admin(this.client);
		String word = uniqueWord();
		String holder = TestData.holder(admin, "Hội " + word, "Huế");
		TestData.create(admin, TestData.with(TestData.markFiling(holder, "Huế"), "name", "Sen Huế " + word));
		HttpHeaders htmx = new HttpHeaders();
		htmx.add(Htmx.REQUEST, "true");
		Page page = WorkspaceClient.signedIn(this.client, "admin")
			.get("/app/registrations?q=" + word + "&type=COLLECTIVE_MARK", htmx);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<main id=\"main\"", "Sen Huế " + word);
	}

	@Test
	void pagesTwentyFiveTitlesAtATimeInTheOrderChosen() {
		WebTestClient admin = TestUsers.admin(this.client);
		String word = uniqueWord();
		String holder = TestData.holder(admin, "Hội " + word, "Lâm Đồng");
		for (int i = 0; i < 27; i++) {
			Map<String, Object> body = TestData.markFiling(holder, "Lâm Đồng");
			body.put("name", "Cà phê " + word + " " + (i < 26 ? String.valueOf((char) ('A' + i)) : "ZZ"));
			TestData.create(admin, body);
		}
		WorkspaceClient browser = WorkspaceClient.signedIn(this.client, "admin");
		Page first = browser.get("/app/registrations?q=" + word + "&sort=name");
		List<String> firstRows = TitlePages.rows(first.body(), "titles");
		assertThat(firstRows).hasSize(25);
		assertThat(firstRows.get(0)).startsWith("Cà phê " + word + " A ");
		assertThat(first.body()).contains("Trang 1 / 2",
				"rel=\"next\" href=\"/app/registrations?q=" + word + "&amp;sort=name&amp;page=1\"");
		Page second = browser.get("/app/registrations?q=" + word + "&sort=name&page=1");
		assertThat(TitlePages.rows(second.body(), "titles")).extracting(row -> row.split(" ")[3])
			.containsExactly("Z", "ZZ");
		assertThat(second.body()).contains("Trang 2 / 2", "rel=\"prev\"");
		assertThat(second.body())
			.containsPattern("<option value=\"name\" selected=\"selected\">Tên \\(A–Z\\)</option>");
	}

	@Test
	void typeAheadAnswersLinksToTheTitlesWhoseNamesBeginWithTheWords() {
		WebTestClient admin = TestUsers.admin(this.client);
		String word = uniqueWord();
		String holder = TestData.holder(admin, "Hội " + word, "Đồng Tháp");
		Map<String, Object> created = TestData.create(admin,
				TestData.with(TestData.markFiling(holder, "Tiền Giang"), "name", word + " Xoài cát"));
		Page answer = WorkspaceClient.signedIn(this.client, "admin")
			.get("/app/registrations/suggest?q=" + word.toLowerCase() + "+xoai");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("<a href=\"/app/registrations/" + created.get("id") + "\">")
			.doesNotContain("<html");
		assertThat(TitlePages.text(answer.body()))
			.isEqualTo(word + " Xoài cát Nhãn hiệu tập thể · Đồng Tháp · Đã nộp đơn");
		assertThat(WorkspaceClient.signedIn(this.client, "admin").get("/app/registrations/suggest?q=").body())
			.doesNotContain("<li");
	}

	@Test
	void listsTheTitlesWithAKindOfDataIssue() {
		WebTestClient admin = TestUsers.admin(this.client);
		String word = uniqueWord();
		String holder = TestData.holder(admin, "Hội " + word, "Cà Mau");
		Map<String, Object> noNumber = TestData.grantedMark(holder, "Cà Mau", LocalDate.of(2015, 1, 5));
		noNumber.remove("registrationNumber");
		noNumber.put("name", "Tôm khô " + word);
		TestData.create(admin, noNumber);
		TestData.create(admin,
				TestData.with(TestData.grantedMark(holder, "Cà Mau", LocalDate.of(2015, 1, 6)), "name", "Cua " + word));
		Page page = WorkspaceClient.signedIn(this.client, "admin")
			.get("/app/registrations?q=" + word + "&dataIssue=registrationNumber.missing");
		assertThat(TitlePages.rows(page.body(), "titles")).hasSize(1).allMatch(row -> row.startsWith("Tôm khô"));
		assertThat(page.body()).contains("Thiếu số văn bằng");
	}

	@Test
	void aValueThatIsNoneOfTheListingsIsTheBadRequestPage() {
		Page page = WorkspaceClient.signedIn(this.client, "admin").get("/app/registrations?status=LOST");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("Yêu cầu không hợp lệ");
	}

	@Test
	void cooperativeListsOnlyItsOwnTitlesAndMayNotEnterOne() {
		WebTestClient admin = TestUsers.admin(this.client);
		String word = uniqueWord();
		String own = TestData.holder(admin, "Hợp tác xã " + word, "Sơn La");
		String other = TestData.holder(admin, "Hợp tác xã khác " + word, "Sơn La");
		TestData.create(admin, TestData.with(TestData.markFiling(own, "Sơn La"), "name", "Mận hậu " + word));
		TestData.create(admin, TestData.with(TestData.markFiling(other, "Sơn La"), "name", "Mận tam hoa " + word));
		String username = "ws-list-coop-" + TestData.serial();
		TestUsers.holder(this.client, username, own);
		WorkspaceClient cooperative = WorkspaceClient.signedIn(this.client, username);

		Page page = cooperative.get("/app/registrations?q=" + word);
		assertThat(TitlePages.rows(page.body(), "titles")).hasSize(1).allMatch(row -> row.startsWith("Mận hậu"));
		assertThat(page.body()).doesNotContain("id=\"new-title\"");
		assertThat(cooperative.get("/app/registrations/suggest?q=man+tam").body()).doesNotContain("Mận tam hoa");
		assertThat(cooperative.get("/app/registrations/new").status()).isEqualTo(403);
	}

}
