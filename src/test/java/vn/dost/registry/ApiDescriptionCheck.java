package vn.dost.registry;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Holds every answer the integration tests receive from {@code /api/**} to the service's
 * own description ({@code /v3/api-docs}): its status must be declared for the operation,
 * its content type among the declared ones, a JSON body valid against the declared schema
 * and a problem's {@code type} among the problem types declared for that status; files
 * (PDF, XLSX, CSV…) for status and media type. A request the service accepted must be one
 * the description allows ({@link AcceptedRequests}). Anything else fails the request, and
 * so the test. An address the description does not know may only answer an error.
 */
final class ApiDescriptionCheck implements ExchangeFilterFunction {

	static final String DOCS = "/v3/api-docs";

	/**
	 * One validator per running service, by port (tests with other properties run
	 * another).
	 */
	private static final Map<Integer, Mono<OpenApiInteractionValidator>> VALIDATORS = new ConcurrentHashMap<>();

	/**
	 * Stands for a file's body, which is not read: the validator checks a non-JSON body
	 * only for being there.
	 */
	private static final byte[] FILE_PLACEHOLDER = { 0 };

	/** Path lookups that fail because the description has no such address or method. */
	private static final List<String> UNKNOWN_ADDRESS = List.of("validation.request.path.missing",
			"validation.request.operation.notAllowed");

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		if (!request.url().getRawPath().startsWith("/api/")) {
			return next.exchange(request);
		}
		ByteArrayOutputStream sent = new ByteArrayOutputStream();
		return next.exchange(AcceptedRequests.recording(request, sent)).flatMap(response -> {
			MediaType type = response.headers().contentType().orElse(null);
			if (!isJson(type)) {
				// A file (PDF, XLSX, CSV…) is checked for status and media type only, and
				// left streaming: reading it whole first would count its rendering time
				// against the client's timeout for the response's headers.
				byte[] standIn = (type != null) ? FILE_PLACEHOLDER : new byte[0];
				return validator(request.url(), next).publishOn(Schedulers.boundedElastic()).map(validator -> {
					check(validator, request, sent, response, standIn);
					return response;
				});
			}
			return bytes(response).zipWith(validator(request.url(), next))
				.publishOn(Schedulers.boundedElastic())
				.map(checked -> {
					byte[] body = checked.getT1();
					check(checked.getT2(), request, sent, response, body);
					return response.mutate()
						.body(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)))
						.build();
				});
		});
	}

	private static boolean isJson(MediaType type) {
		return type != null
				&& (MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json"));
	}

	private static void check(OpenApiInteractionValidator validator, ClientRequest request, ByteArrayOutputStream sent,
			ClientResponse response, byte[] body) {
		List<String> violations = new ArrayList<>(violations(validator, request.method(), request.url().getRawPath(),
				response.statusCode().value(), response.headers().asHttpHeaders(), body));
		if (response.statusCode().is2xxSuccessful()) {
			synchronized (sent) {
				violations.addAll(AcceptedRequests.violations(validator, request, sent.toByteArray()));
			}
		}
		if (!violations.isEmpty()) {
			throw new AssertionError("The answer to " + request.method() + " " + request.url().getRawPath()
					+ " (status " + response.statusCode().value() + ", " + response.headers().contentType().orElse(null)
					+ ") is not what " + DOCS + " describes:\n" + String.join("\n", violations) + "\nbody: "
					+ new String(body, StandardCharsets.UTF_8));
		}
	}

	/**
	 * What the description does not allow in one answer (empty when it allows all of it).
	 */
	static List<String> violations(OpenApiInteractionValidator validator, HttpMethod method, String path, int status,
			HttpHeaders headers, byte[] body) {
		SimpleResponse.Builder answer = SimpleResponse.Builder.status(status).withBody(body);
		headers.forEach(answer::withHeader);
		ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method.name()),
				answer.build());
		if (isUnknownAddress(report) && allowedForUnknownAddress(status, headers)) {
			return List.of();
		}
		return report.getMessages()
			.stream()
			.filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
			.map(message -> message.getKey() + ": " + message.getMessage())
			.toList();
	}

	private static boolean isUnknownAddress(ValidationReport report) {
		return report.getMessages().stream().anyMatch(message -> UNKNOWN_ADDRESS.contains(message.getKey()));
	}

	private static boolean allowedForUnknownAddress(int status, HttpHeaders headers) {
		MediaType type = headers.getContentType();
		return status >= 400 && status < 500 && type != null
				&& MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type);
	}

	private static Mono<byte[]> bytes(ClientResponse response) {
		return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers())).map(buffer -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return bytes;
		}).defaultIfEmpty(new byte[0]);
	}

	/**
	 * Reads the description of the service on the given port before its first test, so no
	 * test's first request waits for it.
	 */
	static void prepare(int port) {
		WebClient client = WebClient.builder()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build();
		String description = client.get()
			.uri("http://localhost:" + port + DOCS)
			.retrieve()
			.bodyToMono(String.class)
			.block(Duration.ofMinutes(2));
		VALIDATORS.put(port, Mono.just(of(description)));
	}

	private static Mono<OpenApiInteractionValidator> validator(URI url, ExchangeFunction next) {
		return VALIDATORS.computeIfAbsent(url.getPort(), port -> {
			// WebTestClient's connector records every exchange under a request id of its
			// own.
			ClientRequest docs = ClientRequest.create(HttpMethod.GET, url.resolve(DOCS))
				.header(WebTestClient.WEBTESTCLIENT_REQUEST_ID, UUID.randomUUID().toString())
				.build();
			return next.exchange(docs)
				.flatMap(ApiDescriptionCheck::bytes)
				.publishOn(Schedulers.boundedElastic())
				.map(json -> of(new String(json, StandardCharsets.UTF_8)))
				.cache();
		});
	}

	/** A validator of answers against the given description (JSON). */
	static OpenApiInteractionValidator of(String description) {
		return OpenApiInteractionValidator.createForInlineApiSpecification(description)
			.withLevelResolver(LevelResolver.create()
				// A body that is not JSON (a file, a multipart form) is not recorded.
				.withLevel("validation.request.body.missing", ValidationReport.Level.IGNORE)
				.withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
				.build())
			.withCustomResponseValidation(new DeclaredProblemTypes())
			.build();
	}

}
