package vn.dost.registry;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.ClientRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API description ({@code /v3/api-docs}) says what every operation does and answers,
 * and the check every integration test's client applies ({@link ApiDescriptionCheck})
 * refuses answers it does not allow.
 */
@RegistryIntegrationTest
class ApiDescriptionIntegrationTests {

	private static final String TITLE = "/api/v1/registrations/{id}";

	private static final String SOME_TITLE = "/api/v1/registrations/0190f7a2-0000-7000-8000-000000000001";

	/**
	 * Problem types that belong to an address or method the description does not have (an
	 * address refused before any operation is matched is {@code rejected-address}), or to
	 * a failure no operation foresees, rather than to an operation.
	 */
	private static final Set<String> NOT_OF_AN_OPERATION = Set.of("no-such-path", "method-not-allowed", "duplicate",
			"rejected-address");

	@Autowired
	WebTestClient client;

	@Autowired
	JsonMapper json;

	@Autowired
	MessageSource messages;

	JsonNode description;

	OpenApiInteractionValidator validator;

	@BeforeEach
	void readDescription() {
		byte[] body = this.client.get()
			.uri(ApiDescriptionCheck.DOCS)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		this.description = this.json.readTree(body);
		this.validator = ApiDescriptionCheck.of(new String(body, StandardCharsets.UTF_8));
	}

	@Test
	void describesEveryOperationWithASummaryADescriptionAndItsProblemResponses() {
		List<String> missing = new ArrayList<>();
		operations().forEach((name, operation) -> {
			if (operation.path("summary").asString("").isBlank()) {
				missing.add(name + ": no summary");
			}
			if (operation.path("description").asString("").isBlank()) {
				missing.add(name + ": no description");
			}
			JsonNode responses = operation.path("responses");
			if (responses.propertyNames().stream().noneMatch(status -> status.startsWith("2"))) {
				missing.add(name + ": no success response");
			}
			for (String status : List.of("406", "500")) {
				if (!responses.has(status)) {
					missing.add(name + ": no " + status);
				}
			}
			responses.properties().forEach(response -> {
				if (Integer.parseInt(response.getKey()) >= 400) {
					missing.addAll(problemResponseFaults(name + " " + response.getKey(), response.getValue()));
				}
			});
		});
		assertThat(missing).isEmpty();
		assertThat(operations()).hasSizeGreaterThan(40);
	}

	@Test
	void requiresIfMatchWhereTheServiceDoesAndDeclares412And428There() {
		List<String> updates = new ArrayList<>();
		operations().forEach((name, operation) -> {
			for (JsonNode parameter : operation.path("parameters")) {
				if (parameter.path("name").asString().equalsIgnoreCase("If-Match")) {
					updates.add(name);
					assertThat(parameter.path("required").asBoolean()).as(name).isTrue();
					assertThat(operation.path("responses").has("412")).as(name).isTrue();
					assertThat(operation.path("responses").has("428")).as(name).isTrue();
				}
			}
		});
		assertThat(updates).contains("PUT " + TITLE, "DELETE " + TITLE, "POST " + TITLE + "/actions",
				"PUT /api/v1/holders/{id}", "DELETE /api/v1/holders/{id}", "PUT /api/v1/ocop-products/{id}",
				"POST /api/v1/ocop-products/{id}/recertify", "PUT /api/v1/users/{username}");
	}

	@Test
	void declaresUploadsAsFiles() {
		JsonNode upload = operations().get("POST /api/v1/imports").path("requestBody").path("content");
		JsonNode part = upload.path("multipart/form-data").path("schema");
		assertThat(part.path("required").toString()).contains("file");
		assertThat(part.path("properties").path("file").path("format").asString()).isEqualTo("binary");
		for (String type : List.of("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"application/octet-stream")) {
			assertThat(upload.path(type).path("schema").path("format").asString()).as(type).isEqualTo("binary");
		}
		JsonNode backup = operations().get("POST /api/v1/imports/full").path("requestBody").path("content");
		assertThat(backup.path("application/jsonl").path("schema").path("format").asString()).isEqualTo("binary");
		assertThat(this.description.toString()).doesNotContain("DataBuffer");
	}

	@Test
	void declaresEveryProblemTypeOfTheMessagesOnSomeOperation() throws Exception {
		Set<String> declared = new TreeSet<>();
		operations().values()
			.forEach(operation -> operation.path("responses")
				.forEach(response -> response.path("x-problem-types")
					.forEach(type -> declared.add(type.asString().substring("/problems/".length())))));
		Set<String> known = new TreeSet<>();
		PropertiesLoaderUtils.loadProperties(new ClassPathResource("messages_en.properties"))
			.stringPropertyNames()
			.stream()
			.filter(key -> key.startsWith("problem.") && key.endsWith(".title"))
			.map(key -> key.substring("problem.".length(), key.length() - ".title".length()))
			.filter(type -> !NOT_OF_AN_OPERATION.contains(type))
			.forEach(known::add);
		assertThat(declared).containsAll(known);
	}

	@Test
	void letsPublicOperationsGoWithoutCredentials() {
		operations().forEach((name, operation) -> {
			boolean open = name.contains(" /api/v1/public/");
			assertThat(operation.has("security") && operation.path("security").isEmpty()).as(name).isEqualTo(open);
			assertThat(operation.path("responses").has("401")).as(name).isEqualTo(!open);
		});
	}

	@Test
	void acceptsAnAnswerTheDescriptionAllows() {
		assertThat(violations(HttpMethod.GET, SOME_TITLE, 404, MediaType.APPLICATION_PROBLEM_JSON,
				problem(404, "not-found")))
			.isEmpty();
		assertThat(violations(HttpMethod.GET, "/api/v1/no-such-thing", 404, MediaType.APPLICATION_PROBLEM_JSON,
				problem(404, "no-such-path")))
			.isEmpty();
	}

	@Test
	void refusesAStatusTheOperationDoesNotDeclare() {
		assertThat(violations(HttpMethod.GET, SOME_TITLE, 409, MediaType.APPLICATION_PROBLEM_JSON,
				problem(409, "illegal-transition")))
			.anySatisfy(violation -> assertThat(violation).startsWith("validation.response.status.unknown"));
	}

	@Test
	void refusesAProblemTypeTheStatusDoesNotDeclare() {
		assertThat(violations(HttpMethod.POST, SOME_TITLE + "/actions", 409, MediaType.APPLICATION_PROBLEM_JSON,
				problem(409, "holder-in-use")))
			.anySatisfy(violation -> assertThat(violation).contains("'/problems/holder-in-use' is not declared"));
	}

	@Test
	void refusesAProblemWithoutItsRequiredMembers() {
		String untitled = "{\"type\":\"/problems/not-found\",\"status\":404}";
		assertThat(violations(HttpMethod.GET, SOME_TITLE, 404, MediaType.APPLICATION_PROBLEM_JSON, untitled))
			.anySatisfy(violation -> assertThat(violation).contains("title"));
	}

	@Test
	void refusesAnErrorThatIsNotAProblem() {
		assertThat(violations(HttpMethod.GET, SOME_TITLE, 404, MediaType.TEXT_PLAIN, "Not Found"))
			.anySatisfy(violation -> assertThat(violation).startsWith("validation.response.contentType.notAllowed"));
	}

	@Test
	void refusesABodyOutsideItsSchema() {
		String title = "{\"id\":\"x\",\"version\":0,\"type\":\"TRADEMARK\",\"name\":\"Tiêu Quảng Trị\"}";
		assertThat(violations(HttpMethod.GET, SOME_TITLE, 200, MediaType.APPLICATION_JSON, title))
			.anySatisfy(violation -> assertThat(violation).contains("TRADEMARK"));
		String extra = "{\"id\":\"x\",\"version\":0,\"secret\":\"undocumented\"}";
		assertThat(violations(HttpMethod.GET, SOME_TITLE, 200, MediaType.APPLICATION_JSON, extra))
			.anySatisfy(violation -> assertThat(violation).contains("secret"));
	}

	@Test
	void refusesASuccessFromAnAddressTheDescriptionDoesNotHave() {
		assertThat(violations(HttpMethod.GET, "/api/v1/undescribed", 200, MediaType.APPLICATION_JSON, "{}"))
			.anySatisfy(violation -> assertThat(violation).startsWith("validation.request.path.missing"));
		assertThat(violations(HttpMethod.PATCH, SOME_TITLE, 200, MediaType.APPLICATION_JSON, "{}"))
			.anySatisfy(violation -> assertThat(violation).startsWith("validation.request.operation.notAllowed"));
	}

	@Test
	void refusesAnAcceptedRequestTheDescriptionDoesNotAllow() {
		ClientRequest unknownType = ClientRequest
			.create(HttpMethod.GET, URI.create("http://localhost/api/v1/registrations?type=TRADEMARK"))
			.build();
		assertThat(AcceptedRequests.violations(this.validator, unknownType, new byte[0]))
			.anySatisfy(violation -> assertThat(violation).contains("TRADEMARK"));
		ClientRequest withoutIfMatch = ClientRequest.create(HttpMethod.PUT, URI.create("http://localhost" + SOME_TITLE))
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			.build();
		assertThat(AcceptedRequests.violations(this.validator, withoutIfMatch, "{}".getBytes(StandardCharsets.UTF_8)))
			.anySatisfy(violation -> assertThat(violation).contains("If-Match"));
	}

	private List<String> violations(HttpMethod method, String path, int status, MediaType type, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		return ApiDescriptionCheck.violations(this.validator, method, path, status, headers,
				body.getBytes(StandardCharsets.UTF_8));
	}

	private String problem(int status, String type) {
		return "{\"type\":\"/problems/" + type + "\",\"title\":\"t\",\"status\":" + status
				+ ",\"detail\":\"d\",\"instance\":\"/x\"}";
	}

	private List<String> problemResponseFaults(String name, JsonNode response) {
		List<String> faults = new ArrayList<>();
		if (!response.path("content").has(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
			faults.add(name + ": not a problem response");
		}
		if (response.path(DeclaredProblemTypes.EXTENSION).isEmpty()) {
			faults.add(name + ": no problem types");
		}
		for (JsonNode type : response.path(DeclaredProblemTypes.EXTENSION)) {
			String key = "problem." + type.asString().substring("/problems/".length()) + ".title";
			if (this.messages.getMessage(key, null, null, Locale.ENGLISH) == null) {
				faults.add(name + ": unknown problem type " + type.asString());
			}
		}
		if (response.path("description").asString("").isBlank()) {
			faults.add(name + ": no description");
		}
		return faults;
	}

	/** Every operation of the description, as {@code "METHOD /path"}. */
	private Map<String, JsonNode> operations() {
		Map<String, JsonNode> operations = new java.util.TreeMap<>();
		this.description.path("paths")
			.properties()
			.forEach(path -> path.getValue()
				.properties()
				.forEach(operation -> operations.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
						operation.getValue())));
		return operations;
	}

}
