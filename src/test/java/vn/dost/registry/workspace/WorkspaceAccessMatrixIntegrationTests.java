package vn.dost.registry.workspace;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.workspace.WorkspaceClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open what in the workspace: every route under {@code /app} that the handler
 * mapping knows (method and pattern), opened as each kind of caller signed in through the
 * login form, against the answer the rules give. The callers, as in the API's matrix:
 * anonymous (a browser that read the login page, so its posts carry a valid CSRF token
 * and only the sign-in can refuse them), the user of a cooperative (HOLDER) that is not
 * the records' holder, an officer of another province, an officer of the records'
 * province (Quảng Trị), an administrator. A form a caller may not act on is sent as it
 * would succeed (the current version, valid fields), so that only the rule can refuse it;
 * a caller who may act sends a harmless one (a stale version, a missing field: the form
 * shown again with 400/409/412), so nothing real changes. A route without a row fails the
 * test, and so does a row without a route. Answers are written as the status, and for a
 * redirect the status and the path it leads to.
 */
@RegistryIntegrationTest
class WorkspaceAccessMatrixIntegrationTests {

	private static final String PROVINCE = "Quảng Trị";

	private static final String ELSEWHERE = "Khánh Hòa";

	/** A signed-out caller is sent to the login page. */
	private static final String LOGIN = "302 " + WorkspaceLinks.LOGIN;

	private static final String OK = "200";

	/** A version nobody has: the form is refused as stale (412), nothing written. */
	private static final String STALE = "999";

	@Autowired
	WebTestClient client;

	@Autowired
	ApplicationContext context;

	/** What a row sends: nothing, a form, or a form with a file. */
	private enum Kind {

		GET, FORM, UPLOAD

	}

	/** The records the rows work on. */
	private record Fixture(String holder, String holderName, String title, String filing, String filingNumber,
			String authorisedUser, String product, String upload, String account) {
	}

	/**
	 * One route: how to call it, the form sent by a caller who may not act on it and by
	 * one who may (versions filled in from {@code versionOf}, an API address), and the
	 * answer each caller gets.
	 */
	private record Row(String route, Kind kind, Function<Fixture, String> uri,
			Function<Fixture, Map<String, String>> acting, Function<Fixture, Map<String, String>> harmless,
			Function<Fixture, String> versionOf, List<String> expected) {
	}

	@Test
	void everyRouteHasARowAndEveryRowARoute() {
		Set<String> routes = new TreeSet<>();
		this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()
			.forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				info.getPatternsCondition()
					.getPatterns()
					.stream()
					.map(Object::toString)
					.filter(pattern -> pattern.equals(WorkspaceLinks.HOME)
							|| pattern.startsWith(WorkspaceLinks.HOME + "/"))
					.forEach(pattern -> {
						if (methods.isEmpty()) {
							routes.add("* " + pattern);
						}
						methods.forEach(method -> routes.add(method.name() + " " + pattern));
					});
			}));
		Set<String> rows = rows().stream().map(Row::route).collect(Collectors.toCollection(TreeSet::new));
		assertThat(routes).as("routes of the handler mapping under /app").isNotEmpty();
		assertThat(rows).isEqualTo(routes);
	}

	@Test
	void everyCallerGetsTheAnswerTheRulesGive() {
		WebTestClient admin = TestUsers.admin(this.client);
		String other = TestData.holder(admin, "Hợp tác xã ma trận trang khác " + TestData.serial(), ELSEWHERE);
		TestUsers.holder(this.client, "ws-matrix-holder", other);
		TestUsers.officer(this.client, "ws-matrix-officer-kh", ELSEWHERE);
		TestUsers.officer(this.client, "ws-matrix-officer", PROVINCE);
		Map<String, WorkspaceClient> callers = new LinkedHashMap<>();
		WorkspaceClient anonymous = new WorkspaceClient(this.client);
		anonymous.get(WorkspaceLinks.LOGIN);
		callers.put("anonymous", anonymous);
		callers.put("holder of another", WorkspaceClient.signedIn(this.client, "ws-matrix-holder"));
		callers.put("officer elsewhere", WorkspaceClient.signedIn(this.client, "ws-matrix-officer-kh"));
		callers.put("officer", WorkspaceClient.signedIn(this.client, "ws-matrix-officer"));
		callers.put("admin", WorkspaceClient.signedIn(this.client, "admin"));
		Fixture fixture = fixture(admin, callers.get("admin"));
		List<String> wrong = new ArrayList<>();
		for (Row row : rows()) {
			List<String> actual = new ArrayList<>();
			int column = 0;
			for (WorkspaceClient caller : callers.values()) {
				actual.add(call(caller, row, fixture, admin, row.expected().get(column++)));
			}
			if (!actual.equals(row.expected())) {
				wrong.add(row.route() + ": expected " + row.expected() + " but was " + actual);
			}
		}
		assertThat(wrong).as("callers: " + callers.keySet()).isEmpty();
	}

	private String call(WorkspaceClient caller, Row row, Fixture fixture, WebTestClient admin, String expected) {
		String uri = row.uri().apply(fixture);
		if (row.kind() == Kind.GET) {
			return answer(caller.get(uri));
		}
		if (row.kind() == Kind.UPLOAD) {
			// a form without a file chosen: what a browser sends when the button is
			// pressed too early (400); the refused callers' file would be checked
			boolean refused = refusal(expected);
			return answer(caller.upload(uri, refused ? "titles.csv" : "", refused ? badCsv() : new byte[0], true));
		}
		boolean refused = refusal(expected);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		(refused ? row.acting() : row.harmless()).apply(fixture).forEach((field, value) -> {
			for (String one : value.split("\\|")) {
				form.add(field, one);
			}
		});
		if (form.containsKey("version") && form.getFirst("version").isEmpty()) {
			form.set("version", refused ? currentVersion(admin, row.versionOf().apply(fixture)) : STALE);
		}
		return answer(caller.post(uri, form));
	}

	/** Whether the caller is to be refused: sent to sign in, forbidden, or not shown. */
	private static boolean refusal(String expected) {
		return expected.equals(LOGIN) || expected.startsWith("403") || expected.startsWith("404");
	}

	private static String answer(Page page) {
		if (page.status() / 100 != 3) {
			return Integer.toString(page.status());
		}
		return page.status() + " " + page.location().replaceFirst("\\?.*$", "");
	}

	/** The version of the record at the API's address, as its ETag says. */
	private static String currentVersion(WebTestClient admin, String uri) {
		return TestData.etag(admin, uri).replace("\"", "");
	}

	/**
	 * The table: answers for anonymous, holder of another, officer elsewhere, officer,
	 * admin.
	 */
	private List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		// Signing in, the dashboard, the assets (public, for the login page), unknown
		// addresses.
		rows.add(get("GET /app/login", f -> WorkspaceLinks.LOGIN, OK, "303 /app", "303 /app", "303 /app", "303 /app"));
		rows.add(get("GET /app", f -> WorkspaceLinks.HOME, LOGIN, OK, OK, OK, OK));
		rows.add(get("GET /app/assets/app.css", f -> "/app/assets/app.css", OK, OK, OK, OK, OK));
		rows.add(get("GET /app/assets/htmx.min.js", f -> "/app/assets/htmx.min.js", OK, OK, OK, OK, OK));
		rows.add(get("* /app/**", f -> "/app/no-such-page", LOGIN, "404", "404", "404", "404"));
		// Holders: everyone signed in reads (a cooperative its own only); officers
		// write their provinces'.
		String holder = "/app/holders/";
		Function<Fixture, String> holderApi = f -> "/api/v1/holders/" + f.holder();
		rows.add(get("GET /app/holders", f -> "/app/holders?q=ma trận", LOGIN, OK, OK, OK, OK));
		rows.add(
				get("GET /app/holders/options", f -> "/app/holders/options?holderName=ma trận", LOGIN, OK, OK, OK, OK));
		rows.add(get("GET /app/holders/new", f -> "/app/holders/new", LOGIN, "403", OK, OK, OK));
		rows.add(
				form("POST /app/holders", f -> "/app/holders",
						Map.of("name", "Hội ma trận trang " + TestData.serial(), "kind", "ASSOCIATION", "province",
								PROVINCE),
						Map.of("name", "", "kind", "ASSOCIATION", "province", PROVINCE), null, LOGIN, "403", "403",
						"400", "400"));
		rows.add(get("GET /app/holders/{id}", f -> holder + f.holder(), LOGIN, "404", OK, OK, OK));
		Map<String, String> holderForm = Map.of("name", "Hợp tác xã ma trận đổi tên", "kind", "COOPERATIVE", "province",
				PROVINCE, "version", "");
		rows.add(form("POST /app/holders/{id}", f -> holder + f.holder(), holderForm, holderForm, holderApi, LOGIN,
				"404", "403", "412", "412"));
		rows.add(form("POST /app/holders/{id}/delete", f -> holder + f.holder() + "/delete", Map.of("version", ""),
				Map.of("version", ""), holderApi, LOGIN, "404", "403", "412", "412"));
		// Titles: everyone signed in reads (a cooperative its own: any other is 404);
		// officers write their provinces' (elsewhere: 403, the form shown again).
		String titles = WorkspaceLinks.REGISTRATIONS;
		Function<Fixture, String> titleApi = f -> "/api/v1/registrations/" + f.title();
		Function<Fixture, String> filingApi = f -> "/api/v1/registrations/" + f.filing();
		rows.add(get("GET /app/registrations", f -> titles + "?q=bưởi ma trận&type=COLLECTIVE_MARK", LOGIN, OK, OK, OK,
				OK));
		rows.add(get("GET /app/registrations/suggest", f -> titles + "/suggest?q=bưởi ma", LOGIN, OK, OK, OK, OK));
		rows.add(get("GET /app/registrations/new", f -> titles + "/new", LOGIN, "403", OK, OK, OK));
		rows.add(new Row("POST /app/registrations/new", Kind.FORM, f -> titles + "/new", f -> filingForm(f, null),
				f -> Map.of("type", "COLLECTIVE_MARK", "status", "FILED", "name", ""), null,
				List.of(LOGIN, "403", "403", "400", "400")));
		rows.add(get("GET /app/registrations/{id}", f -> titles + "/" + f.title(), LOGIN, "404", OK, OK, OK));
		rows.add(get("GET /app/registrations/{id}/summary.pdf", f -> titles + "/" + f.title() + "/summary.pdf", LOGIN,
				"404", OK, OK, OK));
		rows.add(get("GET /app/registrations/{id}/edit", f -> titles + "/" + f.filing() + "/edit", LOGIN, "404", "403",
				OK, OK));
		rows.add(new Row("POST /app/registrations/{id}/edit", Kind.FORM, f -> titles + "/" + f.filing() + "/edit",
				f -> filingForm(f, ""), f -> filingForm(f, ""), filingApi, List.of(LOGIN, "404", "403", "412", "412")));
		Map<String, String> termination = Map.of("action", "TERMINATE", "date", "2025-01-02", "reason", "Không sử dụng",
				"version", "");
		rows.add(form("POST /app/registrations/{id}/actions", f -> titles + "/" + f.title() + "/actions", termination,
				termination, titleApi, LOGIN, "404", "403", "412", "412"));
		rows.add(get("GET /app/registrations/{id}/delete", f -> titles + "/" + f.filing() + "/delete", LOGIN, "404",
				"403", OK, OK));
		rows.add(form("POST /app/registrations/{id}/delete", f -> titles + "/" + f.filing() + "/delete",
				Map.of("version", ""), Map.of("version", ""), filingApi, LOGIN, "404", "403", "412", "412"));
		// Authorised users of a title: the officers of the title's province.
		Map<String, String> user = Map.of("name", "Cơ sở ma trận trang", "address", PROVINCE, "province", PROVINCE,
				"decisionNumber", "45/QĐ-SKHCN", "grantedOn", "2024-01-02");
		rows.add(form("POST /app/registrations/{id}/authorised-users",
				f -> titles + "/" + f.title() + "/authorised-users", user, Map.of("name", ""), null, LOGIN, "404",
				"403", "400", "400"));
		rows.add(form("POST /app/registrations/{id}/authorised-users/{userId}",
				f -> titles + "/" + f.title() + "/authorised-users/" + f.authorisedUser(),
				Map.of("action", "SUSPEND", "date", "2025-01-02", "reason", "Kiểm tra", "reference", "1/QĐ"),
				Map.of("action", "SUSPEND", "date", "not a day", "reason", "Kiểm tra", "reference", "1/QĐ"), null,
				LOGIN, "404", "403", "400", "400"));
		// OCOP products: read by everyone signed in (a cooperative its own), written by
		// the officers of the product's province.
		String products = WorkspaceLinks.OCOP_PRODUCTS;
		Function<Fixture, String> productApi = f -> "/api/v1/ocop-products/" + f.product();
		rows.add(get("GET /app/ocop-products", f -> products + "?q=ma trận", LOGIN, OK, OK, OK, OK));
		rows.add(get("GET /app/ocop-products/title-options", f -> products + "/title-options?titleQuery=ma trận", LOGIN,
				OK, OK, OK, OK));
		rows.add(get("GET /app/ocop-products/new", f -> products + "/new", LOGIN, "403", OK, OK, OK));
		rows.add(new Row("POST /app/ocop-products", Kind.FORM, f -> products, f -> product(f, null),
				f -> Map.of("name", ""), null, List.of(LOGIN, "403", "403", "400", "400")));
		rows.add(get("GET /app/ocop-products/{id}", f -> products + "/" + f.product(), LOGIN, "404", OK, OK, OK));
		rows.add(new Row("POST /app/ocop-products/{id}", Kind.FORM, f -> products + "/" + f.product(),
				f -> product(f, ""), f -> product(f, ""), productApi, List.of(LOGIN, "404", "403", "412", "412")));
		Map<String, String> recertification = Map.of("stars", "4", "certifiedOn", "2026-05-04", "decisionNumber",
				"9/QĐ-UBND", "version", "");
		rows.add(form("POST /app/ocop-products/{id}/recertify", f -> products + "/" + f.product() + "/recertify",
				recertification, recertification, productApi, LOGIN, "404", "403", "412", "412"));
		// Imports: officers and administrators; a checked file is its uploader's only.
		String imports = WorkspaceLinks.IMPORTS;
		rows.add(get("GET /app/imports", f -> imports, LOGIN, "403", OK, OK, OK));
		rows.add(get("GET /app/imports/template.xlsx", f -> imports + "/template.xlsx", LOGIN, "403", OK, OK, OK));
		rows.add(new Row("POST /app/imports", Kind.UPLOAD, f -> imports, null, null, null,
				List.of(LOGIN, "403", "400", "400", "400")));
		rows.add(get("GET /app/imports/uploads/{id}", f -> imports + "/uploads/" + f.upload(), LOGIN, "403", "404",
				"404", OK));
		// the administrator's file has a bad row: confirming it imports nothing (409)
		rows.add(form("POST /app/imports/uploads/{id}", f -> imports + "/uploads/" + f.upload(), Map.of(), Map.of(),
				null, LOGIN, "403", "404", "404", "409"));
		rows.add(form("POST /app/imports/uploads/{id}/cancel", f -> imports + "/uploads/" + f.upload() + "/cancel",
				Map.of(), Map.of(), null, LOGIN, "403", "303 /app/imports", "303 /app/imports", "303 /app/imports"));
		// Reports: the department's (officers and administrators).
		String reports = WorkspaceLinks.REPORTS;
		rows.add(get("GET /app/reports", f -> reports, LOGIN, "403", OK, OK, OK));
		rows.add(get("GET /app/reports/summary",
				f -> reports + "/summary?province=" + PROVINCE + "&signer=Lê Văn Tâm&signerTitle=GIÁM ĐỐC&format=pdf",
				LOGIN, "403", OK, OK, OK));
		// Deadlines: everyone signed in, within what each reads; each makes its own
		// calendar address (for real, as the API's matrix does: it is the caller's own).
		rows.add(get("GET /app/deadlines", f -> WorkspaceLinks.DEADLINES, LOGIN, OK, OK, OK, OK));
		rows.add(form("POST /app/deadlines/calendar-token", f -> WorkspaceLinks.DEADLINES + "/calendar-token",
				Map.of("within", "P3M"), Map.of("within", "P3M"), null, LOGIN, OK, OK, OK, OK));
		// Users and the audit trail: administrators only.
		String users = WorkspaceLinks.USERS;
		Function<Fixture, String> accountApi = f -> "/api/v1/users/" + f.account();
		rows.add(get("GET /app/users", f -> users, LOGIN, "403", "403", "403", OK));
		rows.add(get("GET /app/users/new", f -> users + "/new", LOGIN, "403", "403", "403", OK));
		rows.add(form("POST /app/users", f -> users,
				Map.of("username", "ws-matrix-made-" + TestData.serial(), "password", TestUsers.PASSWORD,
						"passwordAgain", TestUsers.PASSWORD, "roles", "ADMIN"),
				Map.of("username", "", "roles", "ADMIN"), null, LOGIN, "403", "403", "403", "400"));
		rows.add(get("GET /app/users/{username}", f -> users + "/" + f.account(), LOGIN, "403", "403", "403", OK));
		// the officers' account made an administrator, its password reset, disabled
		rows.add(
				form("POST /app/users/{username}", f -> users + "/" + f.account(),
						Map.of("username", "ws-matrix-account", "roles", "ADMIN", "version", ""), Map.of("username",
								"ws-matrix-account", "roles", "OFFICER", "provinces", PROVINCE, "version", ""),
						accountApi, LOGIN, "403", "403", "403", "412"));
		rows.add(form("POST /app/users/{username}/password", f -> users + "/" + f.account() + "/password",
				Map.of("password", "matrix-password-9", "passwordAgain", "matrix-password-9", "version", ""),
				Map.of("password", "matrix-password-9", "passwordAgain", "another-password-9", "version", ""),
				accountApi, LOGIN, "403", "403", "403", "400"));
		rows.add(form("POST /app/users/{username}/disabled", f -> users + "/" + f.account() + "/disabled",
				Map.of("disabled", "true", "version", ""), Map.of("disabled", "true", "version", ""), accountApi, LOGIN,
				"403", "403", "403", "412"));
		rows.add(get("GET /app/audit", f -> WorkspaceLinks.AUDIT, LOGIN, "403", "403", "403", OK));
		return rows;
	}

	private static Row get(String route, Function<Fixture, String> uri, String... expected) {
		return new Row(route, Kind.GET, uri, null, null, null, List.of(expected));
	}

	private static Row form(String route, Function<Fixture, String> uri, Map<String, String> acting,
			Map<String, String> harmless, Function<Fixture, String> versionOf, String... expected) {
		return new Row(route, Kind.FORM, uri, f -> acting, f -> harmless, versionOf, List.of(expected));
	}

	/**
	 * An OCOP product of the fixture's cooperative in Quảng Trị, as its form sends it;
	 * with a version (empty: filled in by the call) for an edit.
	 */
	private static Map<String, String> product(Fixture fixture, String version) {
		Map<String, String> form = new LinkedHashMap<>(
				Map.of("name", "Mật ong ma trận trang sửa", "holderName", fixture.holderName(), "province", PROVINCE,
						"productGroup", "FOOD", "stars", "3", "certifiedOn", "2025-03-12"));
		if (version != null) {
			form.put("version", version);
		}
		return form;
	}

	/**
	 * A filing of the fixture's cooperative in Quảng Trị, as the title's form sends it: a
	 * new one (no version), or the fixture's filing (its number; version empty: filled in
	 * by the call).
	 */
	private static Map<String, String> filingForm(Fixture fixture, String version) {
		Map<String, String> form = new LinkedHashMap<>(Map.of("type", "COLLECTIVE_MARK", "status", "FILED", "name",
				"Nhãn hiệu ma trận trang " + TestData.serial(), "product", "Quả bưởi", "productGroup", "FOOD",
				"niceClasses", "31", "province", PROVINCE, "filingDate", "2020-03-10", "holderId", fixture.holder()));
		form.put("applicationNumber", version == null ? "4-2020-" + TestData.serial() : fixture.filingNumber());
		if (version != null) {
			form.put("version", version);
		}
		return form;
	}

	/** A spreadsheet whose one row has an unknown type: checked, never importable. */
	private static byte[] badCsv() {
		return "type,name,product,productGroup,niceClasses,province,applicationNumber\r\nno-such-type,Ma trận,,,,Quảng Trị,\r\n"
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A cooperative of Quảng Trị with a public granted mark and an OCOP product; an
	 * officer's account to look at; a file the administrator checked.
	 */
	private Fixture fixture(WebTestClient admin, WorkspaceClient adminPages) {
		String holderName = "Hợp tác xã ma trận trang " + TestData.serial();
		String holder = TestData.holder(admin, holderName, PROVINCE);
		Map<String, Object> title = new LinkedHashMap<>(
				TestData.grantedMark(holder, PROVINCE, LocalDate.of(2020, 3, 10)));
		title.put("name", "Bưởi ma trận trang " + TestData.serial());
		title.put("public", true);
		String titleId = (String) TestData.create(admin, title).get("id");
		Map<String, Object> filingBody = TestData.markFiling(holder, PROVINCE);
		String filing = (String) TestData.create(admin, filingBody).get("id");
		String authorisedUser = (String) TestData
			.created(admin, "/api/v1/registrations/" + titleId + "/authorised-users",
					Map.of("name", "Cơ sở ma trận trang", "address", PROVINCE, "province", PROVINCE, "decisionNumber",
							"45/QĐ-SKHCN", "grantedOn", "2024-01-02"))
			.get("id");
		Map<String, Object> productBody = Map.of("name", "Mật ong ma trận trang " + TestData.serial(), "province",
				PROVINCE, "productGroup", "FOOD", "stars", 3, "certifiedOn", "2025-03-12", "holderId", holder);
		String product = (String) TestData.created(admin, "/api/v1/ocop-products", productBody).get("id");
		String account = "ws-matrix-account";
		TestUsers.officer(this.client, account, PROVINCE);
		adminPages.get(WorkspaceLinks.IMPORTS);
		Page checked = adminPages.upload(WorkspaceLinks.IMPORTS, "matrix.csv", badCsv(), true);
		assertThat(checked.location()).startsWith(WorkspaceLinks.IMPORTS + "/uploads/");
		String upload = checked.location().substring(checked.location().lastIndexOf('/') + 1);
		return new Fixture(holder, holderName, titleId, filing, (String) filingBody.get("applicationNumber"),
				authorisedUser, product, upload, account);
	}

}
