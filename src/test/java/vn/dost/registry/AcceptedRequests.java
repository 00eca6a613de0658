package vn.dost.registry;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpRequestDecorator;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A request the service accepted (answered 2xx) must be one the description allows: its
 * query parameters and headers as declared (types, enumerations, required ones), its
 * {@code Content-Type} among the declared ones and a JSON body valid against the declared
 * schema (unknown members aside: the service ignores them, as OpenAPI allows).
 */
final class AcceptedRequests {

	private AcceptedRequests() {
	}

	/** The same request, copying every byte of its body into {@code sent} as it goes. */
	static ClientRequest recording(ClientRequest request, ByteArrayOutputStream sent) {
		return ClientRequest.from(request)
			.body((message, context) -> request.body().insert(new ClientHttpRequestDecorator(message) {

				@Override
				public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
					return super.writeWith(Flux.from(body).doOnNext(buffer -> copy(buffer, sent)));
				}

			}, context))
			.build();
	}

	/** What the description does not allow in a request the service accepted. */
	static List<String> violations(OpenApiInteractionValidator validator, ClientRequest request, byte[] sent) {
		SimpleRequest.Builder asked = new SimpleRequest.Builder(Request.Method.valueOf(request.method().name()),
				request.url().getRawPath());
		UriComponentsBuilder.fromUri(request.url())
			.build()
			.getQueryParams()
			.forEach((name, values) -> asked.withQueryParam(decode(name),
					values.stream().map(value -> value == null ? "" : decode(value)).toList()));
		request.headers().forEach(asked::withHeader);
		MediaType type = request.headers().getContentType();
		if (type != null && MediaType.APPLICATION_JSON.isCompatibleWith(type) && sent.length > 0) {
			asked.withBody(sent);
		}
		return validator.validateRequest(asked.build())
			.getMessages()
			.stream()
			.filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
			.map(message -> message.getKey() + ": " + message.getMessage())
			.toList();
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	private static void copy(DataBuffer buffer, ByteArrayOutputStream sent) {
		int length = buffer.readableByteCount();
		ByteBuffer bytes = ByteBuffer.allocate(length);
		buffer.toByteBuffer(buffer.readPosition(), bytes, 0, length);
		synchronized (sent) {
			sent.write(bytes.array(), 0, length);
		}
	}

}
