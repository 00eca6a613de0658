package vn.dost.registry.shared;

import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * No request body is taken beyond {@code registry.uploads.max-size} (50 MB unless set): a
 * declared {@code Content-Length} over it is refused (413) before a byte is read, and a
 * body sent without one is counted as it streams and cut off (413) where it passes the
 * limit, so an upload cannot fill the disk. JSON bodies have their own, far lower limit
 * (256 KB).
 */
@Component
class BodySizeLimit implements WebFilter {

	private final DataSize limit;

	private final Problems problems;

	BodySizeLimit(@Value("${registry.uploads.max-size:50MB}") DataSize limit, Problems problems) {
		this.limit = limit;
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long declared = exchange.getRequest().getHeaders().getContentLength();
		if (declared > this.limit.toBytes()) {
			// The client is still sending: close the connection rather than read the
			// rest.
			exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
			return this.problems.write(exchange, new BodyTooLarge(this.limit));
		}
		return chain.filter(exchange.mutate().request(new Counted(exchange.getRequest())).build());
	}

	/** The request with its body counted as it is read. */
	private final class Counted extends ServerHttpRequestDecorator {

		Counted(ServerHttpRequest delegate) {
			super(delegate);
		}

		@Override
		public Flux<DataBuffer> getBody() {
			long max = BodySizeLimit.this.limit.toBytes();
			AtomicLong read = new AtomicLong();
			return super.getBody().handle((buffer, sink) -> {
				if (read.addAndGet(buffer.readableByteCount()) > max) {
					DataBufferUtils.release(buffer);
					sink.error(new BodyTooLarge(BodySizeLimit.this.limit));
				}
				else {
					sink.next(buffer);
				}
			});
		}

	}

}
