package vn.dost.registry.exchange.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * An uploaded body streamed to a temporary file as it arrives, so that no upload is held
 * in memory.
 */
final class Uploads {

	private Uploads() {
	}

	/**
	 * Stores the body, hands its file to {@code work}, and deletes the file when the work
	 * is done or fails.
	 */
	static <T> Mono<T> within(Publisher<DataBuffer> body, Function<Path, Mono<T>> work) {
		return Mono.usingWhen(store(body), work,
				path -> Mono.fromCallable(() -> Files.deleteIfExists(path)).subscribeOn(Schedulers.boundedElastic()));
	}

	private static Mono<Path> store(Publisher<DataBuffer> body) {
		return Mono.fromCallable(() -> Files.createTempFile("upload-", ".tmp"))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(path -> DataBufferUtils.write(body, path).then(Mono.just(path)));
	}

}
