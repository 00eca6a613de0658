package vn.dost.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.atlassian.oai.validator.interaction.response.CustomResponseValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.responses.ApiResponse;

import org.springframework.http.MediaType;

/**
 * A problem answer's {@code type} must be one of the problem types the description
 * declares for that operation and status ({@code x-problem-types}).
 */
final class DeclaredProblemTypes implements CustomResponseValidator {

	static final String EXTENSION = "x-problem-types";

	@Override
	public ValidationReport validate(Response response, ApiOperation operation) {
		boolean problem = response.getContentType()
			.map(MediaType::parseMediaType)
			.filter(MediaType.APPLICATION_PROBLEM_JSON::isCompatibleWith)
			.isPresent();
		if (!problem || operation.getOperation().getResponses() == null) {
			return ValidationReport.empty();
		}
		ApiResponse declared = operation.getOperation().getResponses().get(Integer.toString(response.getStatus()));
		String type = typeOf(response);
		List<?> types = declared == null || declared.getExtensions() == null ? List.of()
				: (List<?>) declared.getExtensions().getOrDefault(EXTENSION, List.of());
		if (types.contains(type)) {
			return ValidationReport.empty();
		}
		return ValidationReport.singleton(
				ValidationReport.Message
					.create("validation.response.problemType.undeclared",
							"Problem type '" + type + "' is not declared for status " + response.getStatus() + " of "
									+ operation.getMethod() + " " + operation.getApiPath().original() + " (declared: "
									+ types + ")")
					.build());
	}

	private static String typeOf(Response response) {
		try {
			Body body = response.getResponseBody().orElse(null);
			JsonNode json = body == null || !body.hasBody() ? null : body.toJsonNode();
			return json == null ? null : json.path("type").asText(null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
