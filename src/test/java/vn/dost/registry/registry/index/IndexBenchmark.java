package vn.dost.registry.registry.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.SimpleReactiveMongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.registry.RegistrationHits;
import vn.dost.registry.registry.RegistrationQuery;
import vn.dost.registry.shared.PageRequest;

/**
 * The search index alone, without HTTP: builds it from a generated dataset's database
 * file (a copy, opened by the embedded server in this JVM) through the service's own
 * build path, then times one search — words, facets, the first page of titles read back —
 * one after the other on one thread, and on {@code threads} threads at once. Not a test:
 * run by {@code scripts/index-benchmark.sh}.
 *
 * <pre>IndexBenchmark DATA_DIR [query] [seconds] [threads]</pre>
 */
public final class IndexBenchmark {

	private IndexBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]);
		String q = args.length > 1 ? args[1] : "sau rieng";
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
		Path copy = Files.createTempFile("index-benchmark", ".mv.db");
		Files.copy(data.resolve("registry.mv.db"), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		MVStore store = new MVStore.Builder().fileName(copy.toString()).open();
		MongoServer server = new MongoServer(new H2Backend(store));
		String uri = "mongodb://" + hostAndPort(server.bind());
		try (MongoClient client = MongoClients.create(uri)) {
			RegistrationIndex index = new RegistrationIndex(template(client), new Provinces(), 0,
					Integer.getInteger("index.decoded-titles", 0));
			long began = System.nanoTime();
			RegistrationIndex.Rebuilt built = index.rebuild().block();
			System.out.printf("index build: %d titles in %d ms (service's own figure %d ms), %d KiB%n", built.titles(),
					millisSince(began), built.took().toMillis(), built.bytes() / 1024);
			IndexSearches searches = new IndexSearches(index);
			PageRequest page = PageRequest.of(0, 20);
			LocalDate today = LocalDate.now();
			List<RegistrationQuery> queries = List.of(
					new RegistrationQuery(q, null, null, null, null, null, null, null, null),
					new RegistrationQuery(null, null, null, null, null, null, null, null, "name"));
			for (RegistrationQuery query : args.length > 4 ? queries.subList(0, 1) : queries) {
				RegistrationHits first = searches.search(query, page, today).block();
				System.out.printf("q='%s' sort=%s: totalItems %d, %d on the page, first '%s', facets %s%n", query.q(),
						query.sort(), first.totalItems(), first.items().size(), first.items().get(0).facts().name(),
						first.facets().keySet());
				run(searches, query, page, today, 1, Math.max(5, seconds / 2), false);
				run(searches, query, page, today, 1, seconds, true);
				run(searches, query, page, today, threads, seconds, true);
			}
			index.destroy();
		}
		finally {
			server.shutdownNow();
			store.close();
			Files.deleteIfExists(copy);
		}
	}

	private static void run(IndexSearches searches, RegistrationQuery query, PageRequest page, LocalDate today,
			int threads, int seconds, boolean report) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Future<long[]>> results = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			results.add(pool.submit(() -> {
				java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
				long[] took = new long[1 << 20];
				int n = 0;
				while (System.nanoTime() < end && n < took.length) {
					long start = cpu.getCurrentThreadCpuTime();
					searches.search(query, page, today).block();
					took[n++] = cpu.getCurrentThreadCpuTime() - start;
				}
				return Arrays.copyOf(took, n);
			}));
		}
		List<long[]> all = new ArrayList<>();
		for (Future<long[]> result : results) {
			all.add(result.get());
		}
		pool.shutdown();
		long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		if (report) {
			System.out.printf(
					"%d thread(s), %d s: %d searches, %.1f/s; thread CPU per search: median %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
					threads, seconds, merged.length, merged.length / (double) seconds, at(merged, 0.5), at(merged, 0.9),
					at(merged, 0.99));
		}
	}

	private static double at(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1e6;
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	private static String hostAndPort(java.net.InetSocketAddress address) {
		return address.getHostString() + ":" + address.getPort();
	}

	private static ReactiveMongoTemplate template(MongoClient client) {
		MongoCustomConversions conversions = MongoCustomConversions
			.create(configurer -> configurer.useNativeDriverJavaTimeCodecs());
		MongoMappingContext mapping = new MongoMappingContext();
		mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
		mapping.afterPropertiesSet();
		MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, mapping);
		converter.setCustomConversions(conversions);
		converter.afterPropertiesSet();
		return new ReactiveMongoTemplate(new SimpleReactiveMongoDatabaseFactory(client, "registry"), converter);
	}

}
