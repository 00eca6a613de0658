package vn.dost.registry.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Completes the API description from one place, so every operation, also one added later,
 * declares what it really answers: the RFC 9457 problem responses its shape allows (400
 * with parameters or a body, 401/403/429 unless public, 404 with a path variable, 412/428
 * with {@code If-Match}, 413/415 with a body, 406, 500 and 503 always) plus those its
 * handler declares with {@link ProblemResponse}, each with its problem types
 * ({@code x-problem-types}) and their titles; {@code If-Match} as required; streamed
 * bodies as binary; public operations without security.
 */
@Component
class ApiDescription implements OperationCustomizer, OpenApiCustomizer {

	/** The extension listing, on a problem response, the problem types it may carry. */
	static final String PROBLEM_TYPES = "x-problem-types";

	static final String PROBLEM_JSON = "application/problem+json";

	private static final String PUBLIC = "/api/v1/public/";

	private static final Map<Integer, String> REASONS = Map.ofEntries(
			Map.entry(400, "The request is invalid: each bad field is listed in `errors`."),
			Map.entry(401, "No or wrong credentials (HTTP Basic); answered with `WWW-Authenticate: Basic`."),
			Map.entry(403, "Signed in, but not allowed to do this."),
			Map.entry(404, "No such resource, or one the caller may not see."),
			Map.entry(406, "None of the media types in `Accept` can be produced."),
			Map.entry(409, "Conflicts with the stored state; nothing was changed."),
			Map.entry(412, "`If-Match` names a version that is no longer the stored one; nothing was changed."),
			Map.entry(413,
					"The body is too large: a JSON body over 256 KB, any body over `registry.uploads.max-size` (50 MB unless set)."),
			Map.entry(415, "The `Content-Type` of the body is not one this operation reads."),
			Map.entry(428, "`If-Match` is missing; read the resource and send its `ETag`."),
			Map.entry(429,
					"Too many failed sign-ins of this user name or from this address; `Retry-After` says when to "
							+ "try again."),
			Map.entry(500, "An unexpected failure; the cause is only logged."), Map.entry(503,
					"The database does not answer at the moment (`Retry-After` says when to try again); nothing was written half."));

	private final Problems problems;

	ApiDescription(Problems problems) {
		this.problems = problems;
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		List<ProblemResponse> declared = new ArrayList<>(
				AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getBeanType(), ProblemResponse.class));
		declared
			.addAll(AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(), ProblemResponse.class));
		for (ProblemResponse problem : declared) {
			for (String type : problem.types()) {
				declare(responses(operation), problem.status(), type);
			}
		}
		return operation;
	}

	@Override
	public void customise(OpenAPI api) {
		api.getComponents().getSchemas().remove("DataBuffer");
		ApiSchemas.allowNullsWhereOptional(api.getComponents());
		ApiSchemas.allowAnyValueForObjects(api.getComponents());
		ApiSchemas.addTo(api.getComponents());
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			complete(path, method, operation);
		}));
	}

	private void complete(String path, PathItem.HttpMethod method, Operation operation) {
		boolean publicOperation = path.startsWith(PUBLIC);
		boolean body = operation.getRequestBody() != null;
		boolean ifMatch = operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch(ApiDescription::isIfMatch);
		boolean input = body || operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch(parameter -> "query".equals(parameter.getIn()));
		ApiResponses responses = responses(operation);
		if (input) {
			declare(responses, 400, "invalid-input");
		}
		if (body) {
			declare(responses, 400, "malformed-body");
			declare(responses, 413, "upload-too-large");
			declare(responses, 415, "unsupported-media-type");
			if (operation.getRequestBody().getContent().containsKey("application/json")) {
				declare(responses, 413, "payload-too-large");
			}
		}
		if (publicOperation) {
			operation.setSecurity(List.of());
			if (method == PathItem.HttpMethod.GET) {
				responses.putIfAbsent("304", new ApiResponse()
					.description("Not modified: `If-None-Match` or `If-Modified-Since` still match; no body."));
			}
		}
		else {
			declare(responses, 401, "unauthenticated");
			declare(responses, 403, "forbidden");
			declare(responses, 429, "too-many-logins");
		}
		if (path.contains("{")) {
			declare(responses, 404, "not-found");
		}
		if (ifMatch) {
			operation.getParameters()
				.stream()
				.filter(ApiDescription::isIfMatch)
				.forEach(ApiDescription::requireIfMatch);
			declare(responses, 400, "invalid-input");
			declare(responses, 412, "stale-version");
			declare(responses, 412, "concurrent-change");
			declare(responses, 428, "precondition-required");
		}
		declare(responses, 406, "not-acceptable");
		declare(responses, 500, "internal");
		declare(responses, 503, "store-unavailable");
		BinaryBodies.describe(operation);
		responses.forEach((status, response) -> describeProblem(status, response));
		sort(operation);
	}

	private void describeProblem(String status, ApiResponse response) {
		List<String> types = problemTypes(response);
		if (types.isEmpty()) {
			return;
		}
		if (response.getContent() == null) {
			response.setContent(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref(ApiSchemas.PROBLEM_REF))));
		}
		StringBuilder text = new StringBuilder(REASONS.getOrDefault(Integer.valueOf(status), "Problem."));
		text.append(" Problem types:");
		for (String type : types) {
			String title = this.problems.message("problem." + type.substring(Problems.TYPE_PREFIX.length()) + ".title",
					Locale.ENGLISH);
			text.append(" `").append(type).append("` (").append(title).append(");");
		}
		text.setLength(text.length() - 1);
		response.setDescription(text.append('.').toString());
	}

	private static void declare(ApiResponses responses, int status, String type) {
		ApiResponse response = responses.computeIfAbsent(Integer.toString(status), key -> new ApiResponse());
		List<String> types = problemTypes(response);
		TreeSet<String> merged = new TreeSet<>(types);
		merged.add(Problems.TYPE_PREFIX + type);
		response.addExtension(PROBLEM_TYPES, new ArrayList<>(merged));
	}

	@SuppressWarnings("unchecked")
	static List<String> problemTypes(ApiResponse response) {
		if (response.getExtensions() == null) {
			return List.of();
		}
		return (List<String>) response.getExtensions().getOrDefault(PROBLEM_TYPES, List.of());
	}

	private static ApiResponses responses(Operation operation) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		return operation.getResponses();
	}

	private static boolean isIfMatch(Parameter parameter) {
		return "header".equals(parameter.getIn()) && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName());
	}

	private static void requireIfMatch(Parameter parameter) {
		parameter.required(true)
			.description("The `ETag` of the version read, e.g. `\"3\"` (strong comparison: a weak `W/\"3\"` never "
					+ "matches; a list of tags matches if one does; `*` matches any version): 428 without it, 412 when "
					+ "it is stale, 400 when it is not an entity tag (an unquoted `3`).");
	}

	/** Responses in the order of their status, success first. */
	private static void sort(Operation operation) {
		Map<String, ApiResponse> sorted = new LinkedHashMap<>();
		operation.getResponses()
			.keySet()
			.stream()
			.sorted()
			.forEach(key -> sorted.put(key, operation.getResponses().get(key)));
		ApiResponses responses = new ApiResponses();
		responses.putAll(sorted);
		responses.setExtensions(operation.getResponses().getExtensions());
		operation.setResponses(responses);
	}

}
