package vn.dost.registry.shared;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Builds RFC 9457 problem bodies with a stable {@code type} and
 * {@code title}/{@code detail} in the user's language, taken from
 * {@code messages*.properties}.
 */
@Component
public class Problems {

	/**
	 * Every problem type URI starts with this path; the last segment names the problem.
	 */
	public static final String TYPE_PREFIX = "/problems/";

	private final MessageSource messages;

	private final JsonMapper json;

	Problems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	public Map<String, Object> body(HttpStatusCode status, String type, Locale locale, ServerWebExchange exchange,
			Object... arguments) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", TYPE_PREFIX + type);
		body.put("title", message("problem." + type + ".title", locale));
		body.put("status", status.value());
		body.put("detail", message("problem." + type + ".detail", locale, arguments));
		if (exchange != null) {
			body.put("instance", URI.create(exchange.getRequest().getPath().value()).toString());
		}
		return body;
	}

	public Map<String, Object> invalid(Locale locale, ServerWebExchange exchange, List<Map<String, String>> errors) {
		Map<String, Object> body = body(HttpStatusCode.valueOf(400), "invalid-input", locale, exchange);
		body.put("errors", errors);
		return body;
	}

	public Map<String, String> fieldError(FieldViolation violation, Locale locale) {
		return Map.of("field", violation.field(), "message",
				message(violation.messageKey(), locale, violation.arguments()));
	}

	public String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	/**
	 * What the fact means for the user, in their language: the problem's detail with its
	 * arguments.
	 */
	public String detail(RegistryException ex, Locale locale) {
		return message("problem." + ex.problemType() + ".detail", locale, localized(ex.arguments(), locale));
	}

	/**
	 * The arguments of a problem's message, those that are message keys ({@code msg.…})
	 * in the user's language.
	 */
	Object[] localized(Object[] arguments, Locale locale) {
		Object[] localized = arguments.clone();
		for (int i = 0; i < localized.length; i++) {
			if (localized[i] instanceof String key && key.startsWith("msg.")) {
				String text = message(key, locale);
				// A resource kind without a translation reads as its plain name, never as
				// a message key.
				boolean untranslatedKind = text.equals(key) && key.startsWith(ResourceNotFound.KIND_KEY);
				localized[i] = untranslatedKind ? key.substring(ResourceNotFound.KIND_KEY.length()) : text;
			}
		}
		return localized;
	}

	private static Locale locale(ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return locale == null ? Locale.forLanguageTag("vi") : locale;
	}

	public String message(MessageSourceResolvable resolvable, Locale locale) {
		return this.messages.getMessage(resolvable, locale);
	}

	/** Writes the problem a fact stands for straight to the response. */
	public Mono<Void> write(ServerWebExchange exchange, RegistryException fact) {
		return write(exchange, fact.status(), fact.problemType(), localized(fact.arguments(), locale(exchange)));
	}

	/**
	 * Writes a problem straight to the response, for the places outside controllers
	 * (security filters).
	 */
	public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String type, Object... arguments) {
		Map<String, Object> body = body(status, type, locale(exchange), exchange, arguments);
		var response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		DataBuffer buffer = response.bufferFactory().wrap(this.json.writeValueAsBytes(body));
		return response.writeWith(Mono.just(buffer));
	}

}
