package vn.dost.registry.workspace.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The uploaded files waiting for their officer to confirm the import, so that the file
 * checked is the file imported without sending it again. Each is kept in a directory of
 * this process only its user may read, under a random name, for {@link #KEPT} at most;
 * only the officer who uploaded it may import it. The directory goes when the service
 * stops; a file whose upload is forgotten is deleted at once, a forgotten one within a
 * minute of its time running out.
 */
@Component
class KeptUploads implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(KeptUploads.class);

	/** How long a checked file waits for its import: as long as an idle session. */
	static final Duration KEPT = Duration.ofMinutes(30);

	private final Map<String, KeptUpload> kept = new ConcurrentHashMap<>();

	private final Path directory;

	private final Clock clock;

	KeptUploads(Clock clock) throws IOException {
		this.clock = clock;
		this.directory = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
				? Files.createTempDirectory("registry-uploads-",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
				: Files.createTempDirectory("registry-uploads-");
	}

	/** A new id for an upload: random, so that no one can name another's. */
	String newId() {
		return UUID.randomUUID().toString();
	}

	/** Streams the uploaded file to a file of its own in the directory. */
	Mono<Path> receive(FilePart part, String id) {
		Path file = this.directory.resolve(id + ".upload");
		return Mono.fromCallable(() -> Files.createFile(file))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(created -> DataBufferUtils.write(part.content(), created).then(Mono.just(created)))
			.onErrorResume(failure -> delete(file).then(Mono.error(failure)));
	}

	/** A checked file to keep, from now. */
	KeptUpload checked(String id, Path file, String fileName, String username,
			vn.dost.registry.exchange.ImportReport report, vn.dost.registry.exchange.ReportedRows.Table rows) {
		KeptUpload upload = new KeptUpload(id, file, fileName, username, this.clock.instant(), report, rows);
		return report.rejected() ? upload.rejected(report, rows) : upload;
	}

	void keep(KeptUpload upload) {
		this.kept.put(upload.id(), upload);
	}

	/** The upload with this id, if it is the user's and its time has not run out. */
	Optional<KeptUpload> find(String id, String username) {
		return Optional.ofNullable(this.kept.get(id)).filter(upload -> mayUse(upload, username));
	}

	/**
	 * Takes the upload out for importing: a second confirmation of the same file, sent
	 * meanwhile, does not find it.
	 */
	Optional<KeptUpload> take(String id, String username) {
		KeptUpload upload = this.kept.get(id);
		if (upload == null || !mayUse(upload, username) || !this.kept.remove(id, upload)) {
			return Optional.empty();
		}
		return Optional.of(upload);
	}

	/**
	 * A copy of the kept file for the import to read and delete when it is done; the kept
	 * file stays.
	 */
	Mono<Path> copy(Path file) {
		return Mono.fromCallable(() -> {
			Path copy = Files.createTempFile(this.directory, "import-", ".tmp");
			return Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}).subscribeOn(Schedulers.boundedElastic());
	}

	/** Forgets the upload and deletes its file. */
	Mono<Void> forget(KeptUpload upload) {
		this.kept.remove(upload.id(), upload);
		return upload.file() == null ? Mono.empty() : delete(upload.file());
	}

	Mono<Void> delete(Path file) {
		return Mono.fromCallable(() -> Files.deleteIfExists(file)).subscribeOn(Schedulers.boundedElastic()).then();
	}

	/** Deletes the files whose time has run out. */
	@Scheduled(fixedDelay = 60_000)
	void sweep() {
		this.kept.values().stream().filter(upload -> expired(upload)).toList().forEach(upload -> {
			this.kept.remove(upload.id(), upload);
			deleteNow(upload.file());
		});
	}

	@Override
	public void destroy() throws IOException {
		try (Stream<Path> files = Files.walk(this.directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(KeptUploads::deleteNow);
		}
	}

	private boolean mayUse(KeptUpload upload, String username) {
		return upload.username().equals(username) && !expired(upload);
	}

	private boolean expired(KeptUpload upload) {
		return upload.keptAt().plus(KEPT).isBefore(Instant.now(this.clock));
	}

	private static void deleteNow(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete the kept upload {}", file.getFileName(), new UncheckedIOException(ex));
		}
	}

}
