package vn.dost.registry.workspace.users;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * The users' pages on the real server, for administrators only: officers created with
 * their provinces and cooperatives' accounts with their organisation, each field's
 * problem shown on the form, passwords reset; an officer is refused.
 */
@RegistryIntegrationTest
class UserPagesIntegrationTests {

	@Autowired
	WebTestClient client;

	@Test
	void createsAnOfficerWithItsProvincesShowingEachProblemFirst() {
		WorkspaceClient admin = WorkspaceClient.signedIn(this.client, "admin");
		Document blank = html(admin.get("/app/users/new"));
		assertThat(blank.select("input[name=provinces]")).hasSize(34);
		String username = "can.bo." + TestData.serial();

		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", "Cán Bộ");
		form.add("password", "mat-khau-dai-1");
		form.add("passwordAgain", "mat-khau-khac-1");
		form.add("roles", "OFFICER");
		form.add("email", "khong-phai-thu");
		Page refused = admin.post("/app/users", form);
		assertThat(refused.status()).isEqualTo(400);
		Document shown = html(refused);
		assertThat(shown.select("#passwordAgain-error").text()).isEqualTo("Hai lần nhập mật khẩu không giống nhau.");
		form.set("passwordAgain", "mat-khau-dai-1");
		shown = html(admin.post("/app/users", form));
		assertThat(shown.select("#username-error").text()).startsWith("Tên đăng nhập gồm 3–64 chữ thường");
		assertThat(shown.select("#provinces-error").text()).isEqualTo("Cán bộ phải được giao ít nhất một tỉnh.");
		assertThat(shown.select("#email-error").text()).isEqualTo("Địa chỉ thư điện tử không hợp lệ.");
		assertThat(shown.select("#role-OFFICER[checked]")).hasSize(1);
		assertThat(shown.select("#password").val()).as("a password is never sent back").isEmpty();

		form.set("username", username);
		form.set("email", "can.bo@sokhcn.example");
		form.add("provinces", "Quảng Trị");
		form.add("provinces", "Huế");
		Page created = admin.post("/app/users", form);
		assertThat(created.status()).isEqualTo(303);
		assertThat(created.location()).isEqualTo("/app/users/" + username + "?saved=1");
		Document page = html(admin.get(created.location()));
		assertThat(page.select("input[name=provinces][checked]").eachAttr("value")).containsExactly("Huế", "Quảng Trị");
		assertThat(page.select("#email").val()).isEqualTo("can.bo@sokhcn.example");
		assertThat(html(admin.get("/app/users")).select("#users tbody tr").text()).contains(username, "Cán bộ");

		WorkspaceClient officer = WorkspaceClient.signedIn(this.client, username, "mat-khau-dai-1");
		assertThat(officer.get("/app").status()).isEqualTo(200);
	}

	@Test
	void createsACooperativesAccountForItsOrganisationFoundByName() {
		WebTestClient api = TestUsers.admin(this.client);
		String name = "Hợp tác xã Tài khoản " + TestData.serial();
		String holder = TestData.holder(api, name, "Khánh Hòa");
		WorkspaceClient admin = WorkspaceClient.signedIn(this.client, "admin");
		admin.get("/app/users/new");
		String username = "htx." + TestData.serial();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", username);
		form.add("password", "mat-khau-htx-1");
		form.add("passwordAgain", "mat-khau-htx-1");
		form.add("roles", "HOLDER");
		Page noHolder = admin.post("/app/users", form);
		assertThat(html(noHolder).select("#holderId-error").text()).isEqualTo("Trường này là bắt buộc.");
		form.add("holderName", "Không có " + TestData.serial());
		assertThat(html(admin.post("/app/users", form)).select("#holderName-error").text())
			.contains("Không có tổ chức nào tên");
		form.set("holderName", name.toLowerCase());
		assertThat(admin.post("/app/users", form).status()).isEqualTo(303);
		assertThat(html(admin.get("/app/users/" + username)).select("#holderName").val()).isEqualTo(name);
		assertThat(html(admin.get("/app/holders/options?holderName=" + name.substring(0, 20))).select("option")
			.eachAttr("value")).contains(name);

		WorkspaceClient cooperative = WorkspaceClient.signedIn(this.client, username, "mat-khau-htx-1");
		assertThat(cooperative.get("/app/holders/" + holder).status()).isEqualTo(200);
	}

	@Test
	void resetsAPasswordTypedTwice() {
		String username = "ws-users-reset-" + TestData.serial();
		TestUsers.officer(this.client, username, "Huế");
		WorkspaceClient admin = WorkspaceClient.signedIn(this.client, "admin");
		Document page = html(admin.get("/app/users/" + username));
		String version = page.select("#password-form input[name=version]").val();

		Page differ = admin.post("/app/users/" + username + "/password",
				Map.of("password", "mat-khau-moi-1", "passwordAgain", "mat-khau-moi-2", "version", version));
		assertThat(differ.status()).isEqualTo(400);
		assertThat(html(differ).select("#reset #passwordAgain-error").text()).isNotBlank();
		Page empty = admin.post("/app/users/" + username + "/password", Map.of("version", version));
		assertThat(html(empty).select("#reset #password-error").text()).isEqualTo("Trường này là bắt buộc.");

		Page reset = admin.post("/app/users/" + username + "/password",
				Map.of("password", "mat-khau-moi-1", "passwordAgain", "mat-khau-moi-1", "version", version));
		assertThat(reset.status()).isEqualTo(303);
		assertThat(html(admin.get(reset.location())).select("#saved").text()).isEqualTo("Đã đặt mật khẩu mới.");
		assertThat(WorkspaceClient.signedIn(this.client, username, "mat-khau-moi-1").get("/app").status())
			.isEqualTo(200);
	}

	@Test
	void disablesAnAccountWhoseSessionEndsAndEnablesItAgain() {
		String username = "ws-users-disabled-" + TestData.serial();
		TestUsers.officer(this.client, username, "Huế");
		WorkspaceClient officer = WorkspaceClient.signedIn(this.client, username);
		assertThat(officer.get("/app").status()).isEqualTo(200);
		WorkspaceClient admin = WorkspaceClient.signedIn(this.client, "admin");
		Document page = html(admin.get("/app/users/" + username));
		assertThat(page.select("#account-state").text()).isEqualTo("Đang hoạt động");
		String version = page.select("#disable-form input[name=version]").val();

		Page disabled = admin.post("/app/users/" + username + "/disabled",
				Map.of("disabled", "true", "version", version));
		assertThat(disabled.status()).isEqualTo(303);
		Document shown = html(admin.get(disabled.location()));
		assertThat(shown.select("#saved").text()).isEqualTo("Đã khóa tài khoản.");
		assertThat(shown.select("#account-state").text()).isEqualTo("Đã khóa");
		assertThat(officer.get("/app").location()).as("the open session ended").endsWith("/app/login");
		WorkspaceClient again = new WorkspaceClient(this.client);
		again.get("/app/login");
		assertThat(again.post("/app/login", Map.of("username", username, "password", TestUsers.PASSWORD)).location())
			.endsWith("/app/login?error");

		String now = shown.select("#disable-form input[name=version]").val();
		assertThat(admin.post("/app/users/" + username + "/disabled", Map.of("disabled", "false", "version", now))
			.status()).isEqualTo(303);
		assertThat(WorkspaceClient.signedIn(this.client, username).get("/app").status()).isEqualTo(200);
	}

	@Test
	void anOfficerCannotReachTheUsersPages() {
		TestUsers.officer(this.client, "ws-users-officer", "Quảng Trị");
		WorkspaceClient officer = WorkspaceClient.signedIn(this.client, "ws-users-officer");
		assertThat(html(officer.get("/app")).select("nav.main-nav a[href=/app/users]")).isEmpty();
		assertThat(officer.get("/app/users").status()).isEqualTo(403);
		assertThat(officer.get("/app/users/admin").status()).isEqualTo(403);
		Page refused = officer.post("/app/users/ws-users-officer", Map.of("roles", "ADMIN", "version", "0"));
		assertThat(refused.status()).isEqualTo(403);
	}

	@Test
	void aStaleEditIsRefusedAndSpeaksEnglishWhenAsked() {
		String username = "ws-users-stale-" + TestData.serial();
		TestUsers.officer(this.client, username, "Huế");
		WorkspaceClient admin = WorkspaceClient.signedIn(this.client, "admin");
		admin.get("/app/users/" + username);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("roles", "OFFICER");
		form.add("provinces", "Huế");
		form.add("email", "moi@sokhcn.example");
		form.add("version", "0");
		assertThat(admin.post("/app/users/" + username, form).status()).isEqualTo(303);
		Page stale = admin.post("/app/users/" + username, form);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(html(stale).select("#form-errors").text()).contains("người khác thay đổi");
		assertThat(admin.get("/app/users?lang=en").body() + admin.get("/app/users/" + username).body()
				+ admin.get("/app/users/new").body())
			.contains("Reset the password")
			.doesNotContain("??");
	}

	private static Document html(Page page) {
		return Jsoup.parse(page.body());
	}

}
