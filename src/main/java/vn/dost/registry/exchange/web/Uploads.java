package vn.dost.registry.exchange.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * An uploaded body streamed to a temporary file in {@code registry.uploads.directory}
 * (the system's temporary directory unless set) as it arrives, so that no upload is held
 * in memory; the file is gone afterwards whatever happened: the work done or failed, the
 * upload empty, cut off, over the size limit or abandoned by the client.
 */
@Component
class Uploads {

	private final Path directory;

	Uploads(@Value("${registry.uploads.directory:}") String directory) {
		this.directory = Path.of(StringUtils.hasText(directory) ? directory : System.getProperty("java.io.tmpdir"));
	}

	/**
	 * Stores the body, hands its file to {@code work}, and deletes the file when the work
	 * is done or fails, or the request is abandoned; an empty body is {@link EmptyFile}.
	 */
	<T> Mono<T> within(Publisher<DataBuffer> body, Function<Path, Mono<T>> work) {
		return Mono.usingWhen(create(),
				path -> DataBufferUtils.write(body, path)
					.then(Mono.fromCallable(() -> Files.size(path)).subscribeOn(Schedulers.boundedElastic()))
					.flatMap(size -> size == 0 ? Mono.error(new EmptyFile()) : work.apply(path)),
				Uploads::delete, (path, error) -> delete(path), Uploads::delete);
	}

	private Mono<Path> create() {
		return Mono.fromCallable(() -> {
			Files.createDirectories(this.directory);
			return Files.createTempFile(this.directory, "upload-", ".tmp");
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private static Mono<Void> delete(Path path) {
		return Mono.<Void>fromRunnable(() -> {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).subscribeOn(Schedulers.boundedElastic());
	}

}
