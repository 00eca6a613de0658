package vn.dost.registry.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;
import tools.jackson.core.JacksonException;

import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/**
 * Turns every exception of the API into an RFC 9457 problem in the user's language (vi by
 * default, en).
 */
@RestControllerAdvice
class ProblemAdvice {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	/** Seconds a client waits before sending again while the database is away. */
	private static final String STORE_RETRY_AFTER = "5";

	private final Problems problems;

	private final UnreadableBodies unreadableBodies;

	ProblemAdvice(Problems problems, UnreadableBodies unreadableBodies) {
		this.problems = problems;
		this.unreadableBodies = unreadableBodies;
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<Map<String, Object>> invalidInput(InvalidInput ex, ServerWebExchange exchange) {
		Locale locale = locale(exchange);
		List<Map<String, String>> errors = ex.violations()
			.stream()
			.map(violation -> this.problems.fieldError(violation, locale))
			.toList();
		return respond(HttpStatus.BAD_REQUEST, this.problems.invalid(locale, exchange, errors));
	}

	/**
	 * A body with fields that could not be read: those and every other invalid field of
	 * it, at once.
	 */
	@ExceptionHandler(UnreadableFields.class)
	Mono<ResponseEntity<Map<String, Object>>> unreadableFields(UnreadableFields ex, ServerWebExchange exchange) {
		List<String> fields = ex.violations().stream().map(FieldViolation::field).toList();
		return this.unreadableBodies.others(ex.body(), fields, exchange).map(others -> {
			List<FieldViolation> all = new ArrayList<>(ex.violations());
			all.addAll(others);
			return invalidInput(new InvalidInput(all), exchange);
		});
	}

	@ExceptionHandler(RegistryException.class)
	ResponseEntity<Map<String, Object>> registry(RegistryException ex, ServerWebExchange exchange) {
		return problem(ex.status(), ex.problemType(), exchange,
				this.problems.localized(ex.arguments(), locale(exchange)));
	}

	/**
	 * A body refused by its declared limits (sizes): those fields and every other invalid
	 * field of it, at once.
	 */
	@ExceptionHandler(WebExchangeBindException.class)
	Mono<ResponseEntity<Map<String, Object>>> binding(WebExchangeBindException ex, ServerWebExchange exchange) {
		Locale locale = locale(exchange);
		List<Map<String, String>> errors = new ArrayList<>(ex.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", this.problems.message(error, locale)))
			.toList());
		List<String> fields = ex.getFieldErrors().stream().map(FieldError::getField).toList();
		return this.unreadableBodies.others(ex.getTarget(), fields, exchange).map(others -> {
			others.forEach(other -> errors.add(this.problems.fieldError(other, locale)));
			return respond(HttpStatus.BAD_REQUEST, this.problems.invalid(locale, exchange, errors));
		});
	}

	@ExceptionHandler(UnsupportedMediaTypeStatusException.class)
	ResponseEntity<Map<String, Object>> mediaType(UnsupportedMediaTypeStatusException ex, ServerWebExchange exchange) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", exchange);
	}

	@ExceptionHandler(NotAcceptableStatusException.class)
	ResponseEntity<Map<String, Object>> notAcceptable(NotAcceptableStatusException ex, ServerWebExchange exchange) {
		return problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", exchange);
	}

	@ExceptionHandler(MethodNotAllowedException.class)
	ResponseEntity<Map<String, Object>> method(MethodNotAllowedException ex, ServerWebExchange exchange) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", exchange);
	}

	@ExceptionHandler(MissingRequestValueException.class)
	ResponseEntity<Map<String, Object>> missing(MissingRequestValueException ex, ServerWebExchange exchange) {
		if (ex.getName().equalsIgnoreCase("If-Match")) {
			return registry(new PreconditionRequired(), exchange);
		}
		return invalidInput(InvalidInput.of(ex.getName(), "validation.required"), exchange);
	}

	@ExceptionHandler(ServerWebInputException.class)
	ResponseEntity<Map<String, Object>> unreadable(ServerWebInputException ex, ServerWebExchange exchange) {
		RegistryException fact = cause(ex, RegistryException.class);
		if (fact != null) {
			return registry(fact, exchange);
		}
		if (causedBy(ex, DataBufferLimitException.class)) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", exchange);
		}
		String field = fieldOf(ex);
		if (field == null && ex.getMethodParameter() != null && ex.getCause() instanceof DecodingException == false) {
			field = ex.getMethodParameter().getParameterName();
		}
		if (field != null) {
			return invalidInput(InvalidInput.of(field, "validation.unreadable"), exchange);
		}
		return problem(HttpStatus.BAD_REQUEST, "malformed-body", exchange);
	}

	/**
	 * A body that broke off or does not parse while a handler streamed it (a multipart
	 * upload cut short, a body over the size limit).
	 */
	@ExceptionHandler(DecodingException.class)
	ResponseEntity<Map<String, Object>> undecodable(DecodingException ex, ServerWebExchange exchange) {
		RegistryException fact = cause(ex, RegistryException.class);
		if (fact != null) {
			return registry(fact, exchange);
		}
		if (causedBy(ex, DataBufferLimitException.class)) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", exchange);
		}
		MediaType type = exchange.getRequest().getHeaders().getContentType();
		boolean multipart = type != null && type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA);
		return problem(HttpStatus.BAD_REQUEST, multipart ? "malformed-upload" : "malformed-body", exchange);
	}

	/**
	 * The database did not answer in time or dropped the connection: the request may be
	 * sent again once it is back; nothing was written half.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, MongoTimeoutException.class,
			MongoSocketException.class })
	ResponseEntity<Map<String, Object>> storeUnavailable(Exception ex, ServerWebExchange exchange) {
		log.warn("Database unavailable on {} {}: {}", exchange.getRequest().getMethod(),
				exchange.getRequest().getPath(), ex.toString());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, STORE_RETRY_AFTER)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(this.problems.body(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", locale(exchange), exchange));
	}

	@ExceptionHandler(DataBufferLimitException.class)
	ResponseEntity<Map<String, Object>> tooLarge(DataBufferLimitException ex, ServerWebExchange exchange) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", exchange);
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ResponseEntity<Map<String, Object>> duplicate(DuplicateKeyException ex, ServerWebExchange exchange) {
		return problem(HttpStatus.CONFLICT, "duplicate", exchange);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Map<String, Object>> concurrentChange(OptimisticLockingFailureException ex,
			ServerWebExchange exchange) {
		return problem(HttpStatus.PRECONDITION_FAILED, "concurrent-change", exchange);
	}

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<Map<String, Object>> status(ResponseStatusException ex, ServerWebExchange exchange) {
		HttpStatusCode status = ex.getStatusCode();
		String type = switch (status.value()) {
			case 404 -> "no-such-path";
			case 400 -> "malformed-body";
			case 413 -> "payload-too-large";
			default -> "http-" + status.value();
		};
		return problem(status, type, exchange);
	}

	/**
	 * The client closed the connection before its body was read whole: nobody reads the
	 * answer, and nothing was stored.
	 */
	@ExceptionHandler(AbortedException.class)
	ResponseEntity<Map<String, Object>> abandoned(Exception ex, ServerWebExchange exchange) {
		log.info("The client left during {} {} before its body was read", exchange.getRequest().getMethod(),
				exchange.getRequest().getPath());
		return problem(HttpStatus.BAD_REQUEST, "malformed-upload", exchange);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, Object>> unexpected(Exception ex, ServerWebExchange exchange) {
		if (causedBy(ex, AbortedException.class)) {
			return abandoned(ex, exchange);
		}
		if (causedBy(ex, MongoTimeoutException.class) || causedBy(ex, MongoSocketException.class)
				|| causedBy(ex, DataAccessResourceFailureException.class)) {
			return storeUnavailable(ex, exchange);
		}
		log.error("Unexpected failure on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
				ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", exchange);
	}

	private ResponseEntity<Map<String, Object>> problem(HttpStatusCode status, String type, ServerWebExchange exchange,
			Object... arguments) {
		return respond(status, this.problems.body(status, type, locale(exchange), exchange, arguments));
	}

	private static ResponseEntity<Map<String, Object>> respond(HttpStatusCode status, Map<String, Object> body) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private static Locale locale(ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return locale == null ? Locale.forLanguageTag("vi") : locale;
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		return cause(ex, type) != null;
	}

	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	/**
	 * The JSON path of the value Jackson could not read, e.g. {@code type} or
	 * {@code niceClasses[0]}.
	 */
	private static String fieldOf(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				List<String> parts = new ArrayList<>();
				for (JacksonException.Reference reference : jackson.getPath()) {
					if (reference.getPropertyName() != null) {
						parts.add(reference.getPropertyName());
					}
					else if (reference.getIndex() >= 0 && !parts.isEmpty()) {
						int last = parts.size() - 1;
						parts.set(last, parts.get(last) + "[" + reference.getIndex() + "]");
					}
				}
				return parts.isEmpty() ? null : String.join(".", parts);
			}
		}
		return null;
	}

}
