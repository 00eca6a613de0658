package vn.dost.registry.workspace.audit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.workspace.WorkspaceClient;
import vn.dost.registry.workspace.WorkspaceClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail's page on the real server, for administrators only: entries newest
 * first in words (the action, roles, a change as before → after), filtered by who, what
 * and days; a day that cannot be read is said on the form.
 */
@RegistryIntegrationTest
class AuditPagesIntegrationTests {

	@Autowired
	WebTestClient client;

	@Test
	void listsWhatAnAdministratorDidInWordsAndFiltersIt() {
		String username = "ws-audit-" + TestData.serial();
		WorkspaceClient admin = WorkspaceClient.signedIn(this.client, "admin");
		admin.get("/app/users/new");
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", username);
		form.add("password", "mat-khau-nhat-ky");
		form.add("passwordAgain", "mat-khau-nhat-ky");
		form.add("roles", "OFFICER");
		form.add("provinces", "Huế");
		assertThat(admin.post("/app/users", form).status()).isEqualTo(303);
		admin.get("/app/users/" + username);
		form.set("provinces", "Quảng Trị");
		form.remove("password");
		form.remove("passwordAgain");
		form.add("version", "0");
		assertThat(admin.post("/app/users/" + username, form).status()).isEqualTo(303);

		Document trail = html(admin.get("/app/audit?actor=admin"));
		Element created = row(trail, "USER_CREATED", username);
		assertThat(created.text()).contains("Tạo người dùng", "admin", "vai trò: Cán bộ", "tỉnh: Huế",
				"bị khóa: không");
		Element changed = row(trail, "PROVINCES_CHANGED", username);
		assertThat(changed.text()).contains("Đổi tỉnh được giao", "tỉnh: Huế → Quảng Trị");
		assertThat(trail.select("#audit tbody tr").indexOf(changed)).as("newest first")
			.isLessThan(trail.select("#audit tbody tr").indexOf(created));

		Document onlyCreated = html(admin.get("/app/audit?action=USER_CREATED&from=2026-06-15&to=2026-06-15"));
		assertThat(onlyCreated.select("#audit tbody tr").eachAttr("data-action")).containsOnly("USER_CREATED");
		assertThat(html(admin.get("/app/audit?from=2026-06-16")).select("#audit tbody tr")).isEmpty();
		assertThat(admin.get("/app/audit?lang=en").body()).contains("Audit trail").doesNotContain("??");
	}

	@Test
	void saysWhichDayCannotBeReadAndIsForAdministratorsOnly() {
		WorkspaceClient admin = WorkspaceClient.signedIn(this.client, "admin");
		Page bad = admin.get("/app/audit?from=15/06/2026");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(html(bad).select("#from-error").text()).isNotBlank();
		assertThat(html(bad).select("#from").val()).isEqualTo("15/06/2026");

		TestUsers.officer(this.client, "ws-audit-officer", "Huế");
		WorkspaceClient officer = WorkspaceClient.signedIn(this.client, "ws-audit-officer");
		assertThat(html(officer.get("/app")).select("nav.main-nav a[href=/app/audit]")).isEmpty();
		assertThat(officer.get("/app/audit").status()).isEqualTo(403);
	}

	private static Element row(Document trail, String action, String target) {
		return trail.select("#audit tbody tr[data-action=" + action + "]")
			.stream()
			.filter(row -> row.select("td").get(3).text().equals(target))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + action + " of " + target));
	}

	private static Document html(Page page) {
		return Jsoup.parse(page.body());
	}

}
