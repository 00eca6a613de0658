package vn.dost.registry.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what: every operation of {@code /v3/api-docs} called as each kind of
 * caller, against the status the rules give. The callers: anonymous, the user of a
 * cooperative (HOLDER) that is not the records' holder, an officer of another province,
 * an officer of the records' province (Quảng Trị), an administrator. A write that the
 * caller may make is sent with a stale {@code If-Match} where the operation takes one
 * (412: allowed, nothing written) and otherwise for real; a write the caller may not make
 * is sent as it would succeed (with the current {@code If-Match}). An operation the API
 * description lists without a row here fails the test, and so does a row without an
 * operation.
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class AccessMatrixIntegrationTests {

	/**
	 * Where a row takes {@code If-Match}: a caller who may write sends a stale version
	 * (412, nothing written), one who may not the current version, so that only the rule
	 * can refuse it.
	 */
	private static final String STALE = "\"999\"";

	private static final String PROVINCE = "Quảng Trị";

	@Autowired
	WebTestClient client;

	/** The callers, in the order of each row's statuses. */
	private final Map<String, WebTestClient> callers = new LinkedHashMap<>();

	private Fixture fixture;

	/** The records the rows work on. */
	private record Fixture(String holder, String title, String filing, String authorisedUser, String revocable,
			String product, Map<String, Object> titleBody, Map<String, Object> productBody) {
	}

	/** One operation: how to call it, and the status each caller gets. */
	private record Row(String operation, Function<Fixture, String> uri, Object body, MediaType type, String ifMatch,
			List<Integer> expected) {

		HttpMethod method() {
			return HttpMethod.valueOf(this.operation.substring(0, this.operation.indexOf(' ')));
		}

	}

	@BeforeEach
	void setUp() {
		this.client = this.client.mutate()
			.responseTimeout(Duration.ofSeconds(60))
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
			.build();
		WebTestClient admin = TestUsers.admin(this.client);
		String other = TestData.holder(admin, "Hợp tác xã ma trận khác", "Khánh Hòa");
		this.callers.put("anonymous", this.client);
		this.callers.put("holder of another", TestUsers.holder(this.client, "matrix-holder", other));
		this.callers.put("officer elsewhere", TestUsers.officer(this.client, "matrix-officer-kh", "Khánh Hòa"));
		this.callers.put("officer", TestUsers.officer(this.client, "matrix-officer", PROVINCE));
		this.callers.put("admin", admin);
		// Only the calls need real records; the table's operations are the same without.
		this.fixture = new Fixture("-", "-", "-", "-", "-", "-", Map.of(), Map.of());
	}

	@Test
	void everyOperationHasARowAndEveryRowAnOperation() {
		Map<String, Object> docs = TestData.listing(this.client, "/v3/api-docs", uri -> uri);
		Set<String> operations = new TreeSet<>();
		((Map<String, Map<String, Object>>) docs.get("paths")).forEach((path, methods) -> methods.keySet()
			.forEach(method -> operations.add(method.toUpperCase() + " " + path)));
		Set<String> rows = rows().stream().map(Row::operation).collect(Collectors.toCollection(TreeSet::new));
		assertThat(rows).isEqualTo(operations);
	}

	@Test
	void everyCallerGetsTheStatusTheRulesGive() {
		this.fixture = fixture(this.callers.get("admin"));
		List<String> wrong = new ArrayList<>();
		for (Row row : rows()) {
			List<Integer> actual = new ArrayList<>();
			int column = 0;
			for (WebTestClient caller : this.callers.values()) {
				actual.add(call(caller, row, row.expected().get(column++)));
			}
			if (!actual.equals(row.expected())) {
				wrong.add(row.operation() + ": expected " + row.expected() + " but was " + actual);
			}
		}
		assertThat(wrong).as("callers: " + this.callers.keySet()).isEmpty();
	}

	private int call(WebTestClient caller, Row row, int expected) {
		String uri = row.uri().apply(this.fixture);
		WebTestClient.RequestBodySpec request = caller.method(row.method()).uri(uri);
		if (row.ifMatch() != null) {
			request.header(HttpHeaders.IF_MATCH, expected == 403 ? currentVersion(uri) : row.ifMatch());
		}
		Object body = row.body() instanceof Supplier<?> fresh ? fresh.get() : row.body();
		WebTestClient.RequestHeadersSpec<?> ready = body == null ? request
				: request.contentType(row.type()).bodyValue(body);
		return ready.exchange().returnResult(byte[].class).getStatus().value();
	}

	/** The ETag of the resource, or of the resource an action is posted to. */
	private String currentVersion(String uri) {
		String resource = uri.replaceFirst("/(actions|recertify)$", "");
		return this.callers.get("admin")
			.get()
			.uri(resource)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(byte[].class)
			.getResponseHeaders()
			.getETag();
	}

	/**
	 * The table: statuses for anonymous, holder of another, officer elsewhere, officer,
	 * admin.
	 */
	private List<Row> rows() {
		Fixture f = this.fixture;
		String title = "/api/v1/registrations/" + f.title();
		String users = title + "/authorised-users";
		String product = "/api/v1/ocop-products/" + f.product();
		String holder = "/api/v1/holders/" + f.holder();
		Map<String, Object> decision = Map.of("reason", "Kiểm tra", "reference", "1/QĐ");
		Map<String, Object> authorisedUser = authorisedUser("Cơ sở ma trận");
		Map<String, Object> user = Map.of("roles", List.of("OFFICER"), "provinces", List.of(PROVINCE));
		Map<String, Object> newHolder = Map.of("name", "Hội ma trận " + TestData.serial(), "kind", "ASSOCIATION",
				"province", PROVINCE);
		List<Row> rows = new ArrayList<>();
		// Users: administrators only.
		rows.add(get("GET /api/v1/users", "/api/v1/users", 401, 403, 403, 403, 200));
		rows.add(json("POST /api/v1/users", "/api/v1/users", Map.of(), null, 401, 403, 403, 403, 400));
		rows.add(get("GET /api/v1/users/{username}", "/api/v1/users/matrix-officer", 401, 403, 403, 403, 200));
		rows.add(json("PUT /api/v1/users/{username}", "/api/v1/users/matrix-officer", user, STALE, 401, 403, 403, 403,
				412));
		// Titles: officers read all, write their provinces'; a holder reads its own.
		rows.add(get("GET /api/v1/registrations", "/api/v1/registrations?size=1", 401, 200, 200, 200, 200));
		Supplier<Object> filing = () -> TestData.markFiling(f.holder(), PROVINCE);
		rows.add(json("POST /api/v1/registrations", "/api/v1/registrations", filing, null, 401, 403, 403, 201, 201));
		rows.add(get("GET /api/v1/registrations/suggest", "/api/v1/registrations/suggest?q=ma", 401, 200, 200, 200,
				200));
		rows.add(get("GET /api/v1/registrations/{id}", title, 401, 403, 200, 200, 200));
		rows.add(json("PUT /api/v1/registrations/{id}", title, f.titleBody(), STALE, 401, 403, 403, 412, 412));
		rows.add(new Row("DELETE /api/v1/registrations/{id}", x -> "/api/v1/registrations/" + x.filing(), null, null,
				STALE, List.of(401, 403, 403, 412, 412)));
		rows.add(get("GET /api/v1/registrations/{id}/history", title + "/history", 401, 403, 200, 200, 200));
		rows.add(json("POST /api/v1/registrations/{id}/actions", title + "/actions",
				Map.of("action", "TERMINATE", "date", "2025-01-02", "reason", "Không sử dụng"), STALE, 401, 403, 403,
				412, 412));
		rows.add(get("GET /api/v1/registrations/{id}/summary.pdf", title + "/summary.pdf", 401, 403, 200, 200, 200));
		rows.add(get("GET /api/v1/holders/{holderId}/registrations", holder + "/registrations", 401, 403, 200, 200,
				200));
		// Authorised users: officers of the title's province and administrators write
		// them.
		rows.add(get("GET /api/v1/registrations/{registrationId}/authorised-users", users, 401, 403, 200, 200, 200));
		rows.add(json("POST /api/v1/registrations/{registrationId}/authorised-users", users, authorisedUser, null, 401,
				403, 403, 201, 201));
		rows.add(get("GET /api/v1/registrations/{registrationId}/authorised-users/{userId}",
				users + "/" + f.authorisedUser(), 401, 403, 200, 200, 200));
		rows.add(json("PUT /api/v1/registrations/{registrationId}/authorised-users/{userId}",
				users + "/" + f.authorisedUser(), authorisedUser, null, 401, 403, 403, 200, 200));
		// The officer suspends; the administrator then finds it suspended (409), and so
		// on.
		rows.add(json("POST /api/v1/registrations/{registrationId}/authorised-users/{userId}/suspend",
				users + "/" + f.authorisedUser() + "/suspend", decision, null, 401, 403, 403, 200, 409));
		rows.add(json("POST /api/v1/registrations/{registrationId}/authorised-users/{userId}/reinstate",
				users + "/" + f.authorisedUser() + "/reinstate", decision, null, 401, 403, 403, 200, 409));
		rows.add(json("POST /api/v1/registrations/{registrationId}/authorised-users/{userId}/revoke",
				users + "/" + f.revocable() + "/revoke", decision, null, 401, 403, 403, 200, 409));
		// A producer's certificate and labels: whoever reads the title.
		rows.add(get("GET /api/v1/registrations/{id}/authorised-users/{userId}/certificate.pdf",
				users + "/" + f.authorisedUser() + "/certificate.pdf", 401, 403, 200, 200, 200));
		rows.add(get("GET /api/v1/registrations/{id}/authorised-users/{userId}/labels.pdf",
				users + "/" + f.authorisedUser() + "/labels.pdf?count=3", 401, 403, 200, 200, 200));
		// Holders.
		rows.add(get("GET /api/v1/holders", "/api/v1/holders?size=1", 401, 200, 200, 200, 200));
		rows.add(json("POST /api/v1/holders", "/api/v1/holders", newHolder, null, 401, 403, 403, 201, 201));
		rows.add(get("GET /api/v1/holders/{id}", holder, 401, 403, 200, 200, 200));
		rows.add(json("PUT /api/v1/holders/{id}", holder,
				Map.of("name", "Hợp tác xã ma trận", "kind", "COOPERATIVE", "province", PROVINCE), STALE, 401, 403, 403,
				412, 412));
		rows.add(new Row("DELETE /api/v1/holders/{id}", x -> holder, null, null, STALE,
				List.of(401, 403, 403, 412, 412)));
		// OCOP products.
		rows.add(get("GET /api/v1/ocop-products", "/api/v1/ocop-products?size=1", 401, 200, 200, 200, 200));
		rows.add(json("POST /api/v1/ocop-products", "/api/v1/ocop-products", f.productBody(), null, 401, 403, 403, 201,
				201));
		rows.add(get("GET /api/v1/ocop-products/{id}", product, 401, 403, 200, 200, 200));
		rows.add(json("PUT /api/v1/ocop-products/{id}", product, f.productBody(), STALE, 401, 403, 403, 412, 412));
		rows.add(get("GET /api/v1/ocop-products/{id}/history", product + "/history", 401, 403, 200, 200, 200));
		rows.add(json("POST /api/v1/ocop-products/{id}/recertify", product + "/recertify",
				Map.of("stars", 4, "certifiedOn", "2026-05-04"), STALE, 401, 403, 403, 412, 412));
		// Deadlines, figures and reports: read by every signed-in user, within what each
		// reads.
		rows.add(get("GET /api/v1/deadlines", "/api/v1/deadlines?province=" + PROVINCE, 401, 200, 200, 200, 200));
		rows.add(get("GET /api/v1/deadlines/digest", "/api/v1/deadlines/digest", 401, 200, 200, 200, 200));
		rows.add(get("GET /api/v1/deadlines.ics", "/api/v1/deadlines.ics", 401, 200, 200, 200, 200));
		rows.add(json("POST /api/v1/deadlines/calendar-token", "/api/v1/deadlines/calendar-token", null, null, 401, 200,
				200, 200, 200));
		rows.add(get("GET /api/v1/stats", "/api/v1/stats?province=" + PROVINCE, 401, 200, 200, 200, 200));
		// A holder's summary lists its own titles only.
		rows.add(get("GET /api/v1/reports/summary.pdf",
				"/api/v1/reports/summary.pdf?signer=Lê Văn Tâm&province=" + PROVINCE, 401, 200, 200, 200, 200));
		rows.add(get("GET /api/v1/reports/summary.docx",
				"/api/v1/reports/summary.docx?signer=Lê Văn Tâm&province=" + PROVINCE, 401, 200, 200, 200, 200));
		// Imports, backup and restore, the search index, the audit trail.
		rows.add(get("GET /api/v1/imports", "/api/v1/imports?size=1", 401, 403, 200, 200, 200));
		rows.add(new Row("POST /api/v1/imports", x -> "/api/v1/imports?dryRun=true", header(),
				MediaType.parseMediaType("text/csv"), null, List.of(401, 403, 200, 200, 200)));
		rows.add(get("GET /api/v1/imports/template.xlsx", "/api/v1/imports/template.xlsx", 401, 200, 200, 200, 200));
		rows.add(get("GET /api/v1/exports/full.jsonl", "/api/v1/exports/full.jsonl", 401, 403, 403, 403, 200));
		rows.add(new Row("POST /api/v1/imports/full", x -> "/api/v1/imports/full",
				"{\"format\": \"not a backup\"}\n".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_OCTET_STREAM,
				null, List.of(401, 403, 403, 403, 400)));
		rows.add(json("POST /api/v1/admin/reindex", "/api/v1/admin/reindex", null, null, 401, 403, 403, 403, 200));
		rows.add(get("GET /api/v1/audit", "/api/v1/audit?size=1", 401, 403, 403, 403, 200));
		// Public: everybody.
		rows.add(get("GET /api/v1/public/registrations", "/api/v1/public/registrations?size=1", 200, 200, 200, 200,
				200));
		rows.add(get("GET /api/v1/public/registrations/{id}", "/api/v1/public/registrations/" + f.title(), 200, 200,
				200, 200, 200));
		rows.add(get("GET /api/v1/public/registrations.csv", "/api/v1/public/registrations.csv?q=ma tran", 200, 200,
				200, 200, 200));
		rows.add(get("GET /api/v1/public/registrations.json", "/api/v1/public/registrations.json?q=ma tran", 200, 200,
				200, 200, 200));
		rows.add(get("GET /api/v1/public/registrations.xlsx", "/api/v1/public/registrations.xlsx?q=ma tran", 200, 200,
				200, 200, 200));
		rows.add(get("GET /api/v1/public/authorised-users", "/api/v1/public/authorised-users?q=ma tran", 200, 200, 200,
				200, 200));
		rows.add(get("GET /api/v1/public/authorised-users/{titleId}/{code}",
				"/api/v1/public/authorised-users/" + f.title() + "/" + f.authorisedUser(), 200, 200, 200, 200, 200));
		rows.add(get("GET /api/v1/public/authorised-users.csv", "/api/v1/public/authorised-users.csv?q=ma tran", 200,
				200, 200, 200, 200));
		rows.add(get("GET /api/v1/public/authorised-users.json", "/api/v1/public/authorised-users.json?q=ma tran", 200,
				200, 200, 200, 200));
		return rows;
	}

	private static Row get(String operation, String uri, Integer... expected) {
		return new Row(operation, fixture -> uri, null, null, null, List.of(expected));
	}

	private static Row json(String operation, String uri, Object body, String ifMatch, Integer... expected) {
		return new Row(operation, fixture -> uri, body, MediaType.APPLICATION_JSON, ifMatch, List.of(expected));
	}

	private static byte[] header() {
		return "type,name,product,productGroup,niceClasses,province,applicationNumber\r\n"
			.getBytes(StandardCharsets.UTF_8);
	}

	private static Map<String, Object> authorisedUser(String name) {
		return Map.of("name", name, "address", PROVINCE, "province", PROVINCE, "decisionNumber", "45/QĐ-SKHCN",
				"grantedOn", "2024-01-02");
	}

	/**
	 * A cooperative of Quảng Trị with a public granted mark, a filing and an OCOP
	 * product.
	 */
	private static Fixture fixture(WebTestClient admin) {
		String holder = TestData.holder(admin, "Hợp tác xã ma trận " + TestData.serial(), PROVINCE);
		Map<String, Object> titleBody = new LinkedHashMap<>(
				TestData.grantedMark(holder, PROVINCE, LocalDate.of(2020, 3, 10)));
		titleBody.put("name", "Bưởi ma trận " + TestData.serial());
		titleBody.put("public", true);
		String title = (String) TestData.create(admin, titleBody).get("id");
		String filing = (String) TestData.create(admin, TestData.markFiling(holder, PROVINCE)).get("id");
		String users = "/api/v1/registrations/" + title + "/authorised-users";
		String authorisedUser = (String) TestData.created(admin, users, authorisedUser("Cơ sở một")).get("id");
		String revocable = (String) TestData.created(admin, users, authorisedUser("Cơ sở hai")).get("id");
		Map<String, Object> productBody = Map.of("name", "Mật ong ma trận " + TestData.serial(), "province", PROVINCE,
				"productGroup", "FOOD", "stars", 3, "certifiedOn", "2025-03-12", "holderId", holder);
		String product = (String) TestData.created(admin, "/api/v1/ocop-products", productBody).get("id");
		return new Fixture(holder, title, filing, authorisedUser, revocable, product, titleBody, productBody);
	}

}
