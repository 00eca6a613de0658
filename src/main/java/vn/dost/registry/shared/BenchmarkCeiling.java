package vn.dost.registry.shared;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/v1/benchmark/ceiling?bytes=N}: a constant JSON body of exactly N bytes,
 * the framework's ceiling that {@code scripts/search-benchmark.sh} compares searches
 * with; only present when {@code registry.benchmark.ceiling=true}.
 */
@RestController
@ConditionalOnProperty(name = "registry.benchmark.ceiling", havingValue = "true")
class BenchmarkCeiling {

	static final int MIN_BYTES = 32;

	static final int MAX_BYTES = 8 * 1024 * 1024;

	/** Distinct sizes kept; a benchmark asks for one or two. */
	private static final int CACHED_SIZES = 8;

	private final Map<Integer, byte[]> bodies = new ConcurrentHashMap<>();

	@Operation(summary = "Answer a constant body (benchmarks only)", description = """
			A listing-shaped JSON body of exactly `bytes` bytes (32 B to 8 MiB), the framework's ceiling that search \
			benchmarks compare with. Present only when `registry.benchmark.ceiling=true`.""")
	@ProblemResponse(status = 400, types = "malformed-body")
	@GetMapping(path = "/api/v1/benchmark/ceiling", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> ceiling(@RequestParam(defaultValue = "4096") int bytes) {
		if (bytes < MIN_BYTES || bytes > MAX_BYTES) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"bytes must be between " + MIN_BYTES + " and " + MAX_BYTES);
		}
		byte[] body = this.bodies.get(bytes);
		if (body == null) {
			body = body(bytes);
			if (this.bodies.size() < CACHED_SIZES) {
				this.bodies.putIfAbsent(bytes, body);
			}
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	/**
	 * A listing-shaped JSON document of exactly {@code size} bytes:
	 * {@code {"items":[{"id":0,"name":"…"},…], "padding":"xxx"}}, items while they fit,
	 * the padding making up the rest.
	 */
	static byte[] body(int size) {
		String head = "{\"items\":[";
		String tail = "],\"padding\":\"\"}";
		StringBuilder json = new StringBuilder(size).append(head);
		for (int i = 0;; i++) {
			String item = (i == 0 ? "" : ",") + "{\"id\":" + i + ",\"name\":\"Title number " + i
					+ "\",\"status\":\"GRANTED\"}";
			if (json.length() + item.length() + tail.length() > size) {
				break;
			}
			json.append(item);
		}
		json.append("],\"padding\":\"");
		json.append("x".repeat(Math.max(0, size - json.length() - 2)));
		json.append("\"}");
		return json.toString().getBytes(StandardCharsets.US_ASCII);
	}

}
