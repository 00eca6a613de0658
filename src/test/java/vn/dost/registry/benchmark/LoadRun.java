package vn.dost.registry.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load: N client threads, each sending the next request as soon as the
 * previous one is answered, over HTTP/1.1 keep-alive connections with HTTP Basic. Each
 * target gets a warm-up, then a measured period in which every request's latency is
 * recorded; it prints the count, throughput, median, p90, p99, max, errors, timeouts and
 * response size per target. A request not answered within the timeout ({@code --timeout},
 * seconds) counts as a timeout whenever it was sent, warm-up included, since a stalled
 * connection takes its client out of the load. Not a test;
 * {@code scripts/search-benchmark.sh} runs it:
 *
 * <pre>
 * ./mvnw -Pbenchmark exec:exec@load-run -Dbenchmark.args="--user=admin --password=… --clients=32 \
 *     search=http://127.0.0.1:8080/api/v1/registrations?q=sau+rieng \
 *     ceiling=http://127.0.0.1:8080/api/v1/benchmark/ceiling?bytes=30000"
 * </pre>
 *
 * Options: {@code --clients=32 --warmup=10 --duration=30 --timeout=10} (seconds),
 * {@code --user}, {@code --password}, {@code --browser=name,…} the targets to request as
 * a browser reads a page (HTML, no credentials: the public portal) instead of as an API
 * client (JSON, HTTP Basic), {@code --fresh=name,…} the targets to request with
 * {@code Cache-Control: no-cache} (the service computes every answer rather than using
 * one its index kept from an identical earlier request), and on Linux {@code --pid=} the
 * service's process id, to report the CPU it used per request and how busy the whole
 * machine was during the measured period (another busy process skews every figure); then
 * one or more {@code name=url} targets, run one after the other. A target
 * {@code name=http://host/path?@mix.txt} sends a mix instead of one request: each request
 * is the path with the next line of the file as its query ({@link RequestMix}).
 */
public final class LoadRun {

	/** What one target's measured period gave. */
	record Result(String name, long requests, long errors, long timeouts, double seconds, long[] sortedNanos,
			long minBytes, long maxBytes, Cpu cpu) {

		String cpuFigures() {
			if (this.cpu == null) {
				return "";
			}
			return String.format(
					" service_cpu_ms_per_request=%.2f service_cores=%.2f machine_busy_cores=%.2f steal_cores=%.2f",
					this.requests == 0 ? Double.NaN : this.cpu.serviceSeconds() * 1000 / this.requests,
					this.cpu.serviceSeconds() / this.seconds, this.cpu.machineSeconds() / this.seconds,
					this.cpu.stealSeconds() / this.seconds);
		}

		double throughput() {
			return this.requests / this.seconds;
		}

		double millis(double percentile) {
			if (this.sortedNanos.length == 0) {
				return Double.NaN;
			}
			int rank = (int) Math.ceil(percentile / 100.0 * this.sortedNanos.length);
			return this.sortedNanos[Math.max(0, Math.min(this.sortedNanos.length - 1, rank - 1))] / 1e6;
		}

	}

	/**
	 * CPU seconds during the measured period: used by the service, by everything on the
	 * machine, and stolen by the hypervisor (a virtual machine's processors waiting for
	 * the host's).
	 */
	record Cpu(double serviceSeconds, double machineSeconds, double stealSeconds) {
	}

	/**
	 * Linux's clock ticks per second for {@code /proc} times (USER_HZ), 100 on every
	 * common platform.
	 */
	private static final double TICKS = 100.0;

	/**
	 * The columns of {@code /proc/stat}'s "cpu" line: user, nice, system, irq, softirq.
	 */
	private static final int[] BUSY = { 1, 2, 3, 6, 7 };

	private static final int[] STEAL = { 8 };

	public static void main(String[] args) throws InterruptedException {
		Map<String, String> options = new LinkedHashMap<>(Map.of("clients", "32", "warmup", "10", "duration", "30",
				"timeout", "10", "user", "admin", "password", "", "browser", "", "fresh", ""));
		Map<String, String> targets = new LinkedHashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (arg.startsWith("--") && equals > 2) {
				options.put(arg.substring(2, equals), arg.substring(equals + 1));
			}
			else if (equals > 0) {
				targets.put(arg.substring(0, equals), arg.substring(equals + 1));
			}
			else {
				System.err.println("not an option nor a name=url target: " + arg);
				System.exit(2);
			}
		}
		if (targets.isEmpty()) {
			System.err.println("usage: LoadRun [--clients=32] [--warmup=10] [--duration=30] [--user=admin] "
					+ "[--timeout=10] [--password=…] [--browser=name,…] [--fresh=name,…] name=url [name=url …]");
			System.exit(2);
		}
		int clients = Integer.parseInt(options.get("clients"));
		Duration warmup = Duration.ofSeconds(Long.parseLong(options.get("warmup")));
		Duration duration = Duration.ofSeconds(Long.parseLong(options.get("duration")));
		Duration timeout = Duration.ofSeconds(Long.parseLong(options.get("timeout")));
		String authorization = "Basic " + Base64.getEncoder()
			.encodeToString((options.get("user") + ":" + options.get("password")).getBytes(StandardCharsets.UTF_8));
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		System.out.printf("clients %d, warm-up %d s, measured %d s, Java %s, %d processors%n", clients,
				warmup.toSeconds(), duration.toSeconds(), Runtime.version(),
				Runtime.getRuntime().availableProcessors());
		List<Result> results = new ArrayList<>();
		for (Map.Entry<String, String> target : targets.entrySet()) {
			boolean browser = Arrays.asList(options.get("browser").split(",")).contains(target.getKey());
			boolean fresh = Arrays.asList(options.get("fresh").split(",")).contains(target.getKey());
			RequestMix requests = RequestMix.of(target.getValue(), uri -> {
				HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout).GET();
				if (browser) {
					builder.header("Accept", "text/html");
				}
				else {
					builder.header("Authorization", authorization).header("Accept", "application/json");
				}
				if (fresh) {
					builder.header("Cache-Control", "no-cache");
				}
				return builder.build();
			});
			System.out.printf("%s: %s%s%s%n", target.getKey(), requests, browser ? " (as a browser)" : "",
					fresh ? " (Cache-Control: no-cache)" : "");
			long began = System.currentTimeMillis() + warmup.toMillis();
			Result result = run(target.getKey(), client, requests, clients, warmup, duration, options.get("pid"));
			results.add(result);
			print(result, requests);
			// when the measured period ran, to match it with a profile of the service
			System.out.printf("PERIOD name=%s from_ms=%d to_ms=%d%n", result.name(), began,
					began + duration.toMillis());
		}
		System.out.println();
		System.out.printf("%-10s %10s %7s %8s %9s %9s %9s %9s %9s %10s%n", "target", "requests", "errors", "timeouts",
				"req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "bytes");
		for (Result r : results) {
			System.out.printf("%-10s %10d %7d %8d %9.1f %9.2f %9.2f %9.2f %9.2f %10s%n", r.name(), r.requests(),
					r.errors(), r.timeouts(), r.throughput(), r.millis(50), r.millis(90), r.millis(99), r.millis(100),
					bytes(r));
		}
		System.exit(results.stream().allMatch(r -> r.requests() > 0) ? 0 : 1);
	}

	static Result run(String name, HttpClient client, RequestMix requests, int clients, Duration warmup,
			Duration duration, String pid) throws InterruptedException {
		long begins = System.nanoTime() + warmup.toNanos();
		long ends = begins + duration.toNanos();
		AtomicLong errors = new AtomicLong();
		AtomicLong timeouts = new AtomicLong();
		AtomicLong minBytes = new AtomicLong(Long.MAX_VALUE);
		AtomicLong maxBytes = new AtomicLong(-1);
		long[][] recorded = new long[clients][];
		int[] counts = new int[clients];
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int self = c;
			Thread thread = new Thread(() -> {
				long[] latencies = new long[4096];
				int count = 0;
				while (true) {
					long sent = System.nanoTime();
					if (sent >= ends) {
						break;
					}
					boolean ok;
					try {
						HttpResponse<byte[]> response = client.send(requests.next(),
								HttpResponse.BodyHandlers.ofByteArray());
						ok = response.statusCode() == 200;
						if (ok) {
							long size = response.body().length;
							minBytes.accumulateAndGet(size, Math::min);
							maxBytes.accumulateAndGet(size, Math::max);
						}
					}
					catch (HttpTimeoutException ex) {
						timeouts.incrementAndGet();
						continue;
					}
					catch (IOException ex) {
						ok = false;
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						break;
					}
					long answered = System.nanoTime();
					if (sent < begins || answered > ends) {
						continue;
					}
					if (!ok) {
						errors.incrementAndGet();
						continue;
					}
					if (count == latencies.length) {
						latencies = Arrays.copyOf(latencies, count * 2);
					}
					latencies[count++] = answered - sent;
				}
				recorded[self] = latencies;
				counts[self] = count;
			}, "load-" + name + "-" + c);
			threads.add(thread);
			thread.start();
		}
		Cpu cpu = null;
		if (pid != null) {
			sleepUntil(begins);
			double[] before = { processTicks(pid), machineTicks(BUSY), machineTicks(STEAL) };
			sleepUntil(ends);
			double[] after = { processTicks(pid), machineTicks(BUSY), machineTicks(STEAL) };
			if (Arrays.stream(before).allMatch(ticks -> ticks >= 0) && Arrays.stream(after).allMatch(t -> t >= 0)) {
				cpu = new Cpu((after[0] - before[0]) / TICKS, (after[1] - before[1]) / TICKS,
						(after[2] - before[2]) / TICKS);
			}
		}
		for (Thread thread : threads) {
			thread.join();
		}
		int total = 0;
		for (int count : counts) {
			total += count;
		}
		long[] all = new long[total];
		int at = 0;
		for (int c = 0; c < clients; c++) {
			System.arraycopy(recorded[c], 0, all, at, counts[c]);
			at += counts[c];
		}
		Arrays.sort(all);
		return new Result(name, total, errors.get(), timeouts.get(), duration.toNanos() / 1e9, all,
				minBytes.get() == Long.MAX_VALUE ? -1 : minBytes.get(), maxBytes.get(), cpu);
	}

	private static void sleepUntil(long nanoTime) throws InterruptedException {
		long left;
		while ((left = nanoTime - System.nanoTime()) > 0) {
			Thread.sleep(Math.max(1, left / 1_000_000));
		}
	}

	/**
	 * User and system ticks of the process so far, or -1 where {@code /proc} cannot tell.
	 */
	private static double processTicks(String pid) {
		try {
			String stat = Files.readString(Path.of("/proc", pid, "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// after the command: state (field 3) … utime (14) and stime (15)
			return Double.parseDouble(fields[11]) + Double.parseDouble(fields[12]);
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/**
	 * Ticks of all processors so far in the given columns of {@code /proc/stat}, or -1.
	 */
	private static double machineTicks(int[] columns) {
		try {
			String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			double busy = 0;
			for (int field : columns) {
				busy += Double.parseDouble(cpu[field]);
			}
			return busy;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	private static void print(Result r, RequestMix requests) {
		System.out.printf(
				"RESULT name=%s requests=%d errors=%d timeouts=%d seconds=%.1f throughput=%.1f p50_ms=%.2f "
						+ "p90_ms=%.2f p99_ms=%.2f max_ms=%.2f bytes=%s%s%s%n",
				r.name(), r.requests(), r.errors(), r.timeouts(), r.seconds(), r.throughput(), r.millis(50),
				r.millis(90), r.millis(99), r.millis(100), bytes(r), r.cpuFigures(), requests.figures());
	}

	private static String bytes(Result r) {
		return r.minBytes() == r.maxBytes() ? Long.toString(r.maxBytes()) : r.minBytes() + "-" + r.maxBytes();
	}

}
