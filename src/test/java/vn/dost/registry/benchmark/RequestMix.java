package vn.dost.registry.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * What one target of a {@link LoadRun} sends: the same request again and again, or a mix
 * of queries read from a file, one per line, each request the next line (all clients
 * share one position; after the last line the mix starts again). Counts how many were
 * sent, so that a run says how often each query of the mix was asked.
 */
final class RequestMix {

	/** Marks a target's address as a mix: {@code http://host/path?@file}. */
	static final String FROM_FILE = "?@";

	private final List<HttpRequest> requests;

	private final String description;

	private final AtomicLong sent = new AtomicLong();

	private RequestMix(List<HttpRequest> requests, String description) {
		this.requests = requests;
		this.description = description;
	}

	/**
	 * The target's requests: one, or with {@value #FROM_FILE} the path with each line of
	 * the file as its query.
	 */
	static RequestMix of(String target, Function<URI, HttpRequest> request) {
		int mark = target.indexOf(FROM_FILE);
		if (mark < 0) {
			return new RequestMix(List.of(request.apply(URI.create(target))), target);
		}
		String path = target.substring(0, mark);
		Path file = Path.of(target.substring(mark + FROM_FILE.length()));
		List<HttpRequest> mix;
		try (var lines = Files.lines(file)) {
			mix = lines.map(String::strip)
				.filter(line -> !line.isEmpty())
				.map(query -> request.apply(URI.create(path + "?" + query)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (mix.isEmpty()) {
			throw new IllegalArgumentException("No queries in " + file);
		}
		return new RequestMix(mix, path + "?<" + mix.size() + " queries of " + file + ">");
	}

	/** The next request to send. */
	HttpRequest next() {
		long at = this.sent.getAndIncrement();
		return this.requests.get((int) (at % this.requests.size()));
	}

	/**
	 * For a mix, its size and how often each of its queries was asked on average (warm-up
	 * included); nothing for a single request.
	 */
	String figures() {
		if (this.requests.size() == 1) {
			return "";
		}
		return String.format(" distinct=%d sent=%d asked_each=%.2f", this.requests.size(), this.sent.get(),
				(double) this.sent.get() / this.requests.size());
	}

	@Override
	public String toString() {
		return this.description;
	}

}
