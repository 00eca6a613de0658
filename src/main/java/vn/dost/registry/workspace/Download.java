package vn.dost.registry.workspace;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import reactor.core.publisher.Mono;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.result.view.View;
import org.springframework.web.server.ServerWebExchange;

import vn.dost.registry.shared.StreamedBody;

/**
 * A file a page hands to the browser to save (a report), as the answer of a handler that
 * otherwise shows a page: the document is written on a worker thread straight into the
 * response, chunk by chunk, never held whole in memory.
 */
public final class Download implements View {

	private final Consumer<OutputStream> writer;

	private final MediaType type;

	private final String fileName;

	public Download(Consumer<OutputStream> writer, MediaType type, String fileName) {
		this.writer = writer;
		this.type = type;
		this.fileName = fileName;
	}

	/** Whatever the browser accepts: it asked for a page and is given a file to save. */
	@Override
	public List<MediaType> getSupportedMediaTypes() {
		return List.of(MediaType.ALL);
	}

	@Override
	public Mono<Void> render(Map<String, ?> model, MediaType contentType, ServerWebExchange exchange) {
		HttpHeaders headers = exchange.getResponse().getHeaders();
		headers.setContentType(this.type);
		headers.setContentDisposition(
				ContentDisposition.attachment().filename(this.fileName, StandardCharsets.UTF_8).build());
		return exchange.getResponse().writeWith(StreamedBody.of(this.writer));
	}

}
