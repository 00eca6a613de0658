package vn.dost.registry.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that reach the server over one keep-alive connection before the previous
 * answer is finished must all be answered. Reactor Netty 1.3.7 stopped reading such a
 * connection when a queued request was answered at once (an authenticated request with
 * remembered credentials, a 404): the client waited forever. Speaks HTTP/1.1 over a plain
 * socket, sending the requests back to back, so that the second and third are queued.
 */
@RegistryIntegrationTest
class KeepAliveIntegrationTests {

	private static final int ROUNDS = 20;

	@LocalServerPort
	int port;

	@Test
	void everyRequestQueuedOnAKeepAliveConnectionIsAnswered() throws IOException {
		String basic = Base64.getEncoder()
			.encodeToString(("admin:" + TestUsers.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		for (int round = 0; round < ROUNDS; round++) {
			try (Socket socket = new Socket("127.0.0.1", this.port)) {
				socket.setSoTimeout(5_000);
				OutputStream out = socket.getOutputStream();
				// the second request is queued behind the first, which waits on the
				// database; it is answered at once
				send(out, basic, "/actuator/health", "/no-such-page");
				assertThat(readResponses(socket.getInputStream(), 2)).as("first two answers in round %d", round)
					.containsExactly(200, 404);
				// sent only now, as a client on a keep-alive connection does: it must be
				// read and answered
				send(out, basic, "/api/v1/no-such-resource");
				assertThat(readResponses(socket.getInputStream(), 1)).as("third answer in round %d", round)
					.containsExactly(404);
			}
		}
	}

	private static void send(OutputStream out, String basic, String... paths) throws IOException {
		StringBuilder requests = new StringBuilder();
		for (String path : paths) {
			requests.append("GET ")
				.append(path)
				.append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n")
				.append("Authorization: Basic ")
				.append(basic)
				.append("\r\nAccept: application/json\r\n\r\n");
		}
		out.write(requests.toString().getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	/**
	 * Reads up to {@code count} responses, stopping at the first that does not come
	 * within the socket timeout.
	 */
	private static List<Integer> readResponses(InputStream in, int count) throws IOException {
		List<Integer> statuses = new ArrayList<>();
		try {
			while (statuses.size() < count) {
				List<String> head = readHead(in);
				statuses.add(Integer.parseInt(head.get(0).split(" ")[1]));
				skipBody(in, head);
			}
		}
		catch (SocketTimeoutException ex) {
			// what was answered so far is returned; the assertion names what is missing
		}
		return statuses;
	}

	private static List<String> readHead(InputStream in) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
			lines.add(line);
		}
		return lines;
	}

	private static void skipBody(InputStream in, List<String> head) throws IOException {
		for (String line : head) {
			String lower = line.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				in.readNBytes(Integer.parseInt(lower.substring("content-length:".length()).trim()));
				return;
			}
			if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				for (int size = Integer.parseInt(readLine(in).trim(), 16); size > 0; size = Integer
					.parseInt(readLine(in).trim(), 16)) {
					in.readNBytes(size);
					readLine(in);
				}
				readLine(in);
				return;
			}
		}
	}

	private static String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new IOException("connection closed");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}

}
