package vn.dost.registry.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.shared.VietnameseText;

/**
 * A mix of distinct listing queries as people send them to the search and the portal,
 * written to a file for {@link LoadRun} ({@link RequestMix}), one query string a line:
 * the words of the generated titles' names without diacritics — a product and a place
 * ("sau rieng cai lay"), a product alone, a place alone, a word mistyped or cut short as
 * one types —, now and then a filter (type, status, current province, product group),
 * another order, a later page. Each query is asked once of the running service's public
 * search first (one title, so no answer the load asks for is kept by it): a later page is
 * kept only where the public has that many titles (the portal answers a page past the
 * last with 404), so the mix is valid for the portal and the officers' search alike. Same
 * seed, same mix. Not a test; {@code scripts/scale-benchmark.sh} runs it:
 *
 * <pre>
 * ./mvnw -Pbenchmark exec:exec@query-mix -Dbenchmark.args="http://127.0.0.1:8080 1200 target/mix.txt"
 * </pre>
 */
public final class QueryMix {

	private static final long SEED = 19L;

	private static final int PAGE_SIZE = 20;

	private static final List<String> SORTS = List.of("name", "-grantDate", "expiryDate");

	private static final List<String> PUBLIC_STATUSES = List.of("GRANTED", "EXPIRED", "TERMINATED");

	private final Random random = new Random(SEED);

	private final List<String> products = SearchDataset.productNames()
		.stream()
		.map(VietnameseText::fold)
		.distinct()
		.toList();

	private final List<String> places = SearchDataset.places().stream().map(VietnameseText::fold).distinct().toList();

	private final List<String> provinces;

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	private final JsonMapper json = JsonMapper.builder().build();

	private QueryMix(String base) throws IOException, InterruptedException {
		this.base = base;
		this.provinces = new ArrayList<>();
		ask("size=1").path("facets").path("currentProvince").propertyNames().forEach(this.provinces::add);
		if (this.provinces.isEmpty()) {
			throw new IllegalStateException("The service lists no public titles: nothing to search for");
		}
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		if (args.length != 3) {
			System.err.println("usage: QueryMix <service base URL> <distinct queries> <output file>");
			System.exit(2);
		}
		int count = Integer.parseInt(args[1]);
		QueryMix mix = new QueryMix(args[0]);
		Set<String> queries = new LinkedHashSet<>();
		Map<String, Integer> kinds = new LinkedHashMap<>();
		int attempts = 0;
		while (queries.size() < count && attempts++ < count * 20) {
			Map<String, String> query = mix.next(kinds);
			String line = mix.valid(query);
			if (line != null) {
				queries.add(line);
			}
		}
		List<String> shuffled = new ArrayList<>(queries);
		Collections.shuffle(shuffled, mix.random);
		Files.write(Path.of(args[2]), shuffled);
		System.out.printf("QueryMix: %d distinct queries written to %s (%d drawn); %s%n", shuffled.size(), args[2],
				attempts, kinds);
	}

	/** A query as people ask it; counts its kinds. */
	private Map<String, String> next(Map<String, Integer> kinds) {
		Map<String, String> query = new LinkedHashMap<>();
		double draw = this.random.nextDouble();
		String words;
		if (draw < 0.50) {
			words = pick(this.products) + " " + pick(this.places);
			count(kinds, "product+place");
		}
		else if (draw < 0.70) {
			words = pick(this.products);
			count(kinds, "product");
		}
		else if (draw < 0.80) {
			words = pick(this.places);
			count(kinds, "place");
		}
		else if (draw < 0.85) {
			words = mistyped(pick(this.products) + " " + pick(this.places));
			count(kinds, "mistyped");
		}
		else if (draw < 0.92) {
			String typed = pick(this.products) + " " + pick(this.places);
			words = typed.substring(0, Math.max(typed.indexOf(' ') + 2, typed.length() - 1 - this.random.nextInt(3)));
			count(kinds, "cut short");
		}
		else {
			words = null;
			count(kinds, "no words");
		}
		query.put("q", words);
		maybe(query, "type", 0.15, () -> pick(List.of(RegistrationType.values())).name(), kinds);
		maybe(query, "province", 0.15, () -> pick(this.provinces), kinds);
		maybe(query, "productGroup", 0.10, () -> pick(List.of(ProductGroup.values())).name(), kinds);
		maybe(query, "status", 0.10, () -> pick(PUBLIC_STATUSES), kinds);
		maybe(query, "sort", 0.25, () -> pick(SORTS), kinds);
		maybe(query, "page", 0.30, () -> String.valueOf(1 + this.random.nextInt(4)), kinds);
		return query;
	}

	private void maybe(Map<String, String> query, String name, double chance, Supplier<String> value,
			Map<String, Integer> kinds) {
		if (this.random.nextDouble() < chance) {
			query.put(name, value.get());
			count(kinds, name);
		}
	}

	/** One letter of a long word dropped, as a hurried typist does. */
	private String mistyped(String words) {
		String[] parts = words.split(" ");
		for (int i = 0; i < parts.length; i++) {
			if (parts[i].length() >= 5) {
				int at = 1 + this.random.nextInt(parts[i].length() - 2);
				parts[i] = parts[i].substring(0, at) + parts[i].substring(at + 1);
				break;
			}
		}
		return String.join(" ", parts);
	}

	/**
	 * The query as a line of the mix, with a page the public has (the last one if it
	 * asked past it); null if the service refuses it.
	 */
	private String valid(Map<String, String> query) {
		Map<String, String> first = new LinkedHashMap<>(query);
		first.remove("page");
		try {
			JsonNode answer = ask(line(first) + "&size=1");
			long total = answer.path("totalItems").asLong(-1);
			if (total < 0) {
				return null;
			}
			if (query.containsKey("page")) {
				int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
				int page = Math.min(Integer.parseInt(query.get("page")), lastPage);
				query.put("page", page == 0 ? null : String.valueOf(page));
			}
			return line(query);
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode ask(String query) throws IOException, InterruptedException {
		HttpResponse<String> response = this.client
			.send(HttpRequest.newBuilder(URI.create(this.base + "/api/v1/public/registrations?" + query))
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException("HTTP " + response.statusCode() + " for " + query);
		}
		return this.json.readTree(response.body());
	}

	private static String line(Map<String, String> query) {
		List<String> parts = new ArrayList<>();
		query.forEach((name, value) -> {
			if (value != null) {
				parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		// the default listing, with nothing asked, still needs a line of its own
		return parts.isEmpty() ? "sort=name" : String.join("&", parts);
	}

	private <T> T pick(List<T> from) {
		return from.get(this.random.nextInt(from.size()));
	}

	private static void count(Map<String, Integer> kinds, String kind) {
		kinds.merge(kind, 1, Integer::sum);
	}

}
