package vn.dost.registry;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.json.JsonMapper;

import vn.dost.registry.exchange.Workbooks;

/**
 * Generators of requests that must all be refused: every one carries at least one defect
 * that guarantees a 4xx — a body no handler accepts (it always holds a poisoned field,
 * e.g. {@code "type": "NOT_A_TYPE"}, or is not a JSON object at all), an {@code If-Match}
 * that cannot match, or a content type the operation does not read — and may carry more
 * (path tricks, odd headers, invalid UTF-8, deep nesting, huge numbers, 1 MB strings,
 * {@code $where}/{@code $gt} keys, broken files).
 */
final class BadRequests {

	/** The records the requests aim at. */
	record Fixture(String titleId, String holderId, String ocopId, Map<String, Object> title,
			Map<String, Object> holder, Map<String, Object> ocop) {
	}

	/**
	 * A write operation: where, whether it needs If-Match, its poison and a valid body.
	 */
	private record Endpoint(String method, String path, boolean ifMatch, Map<String, Object> poison,
			Map<String, Object> valid) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> FIELDS = List.of("type", "name", "product", "productGroup", "niceClasses",
			"province", "applicationNumber", "filingDate", "registrationNumber", "grantDate", "status", "holderId",
			"aliases", "public", "kind", "taxCode", "email", "stars", "certifiedOn", "registrationIds", "action",
			"date", "reference", "changes", "grantedOn", "validUntil", "code", "username", "password", "roles",
			"provinces", "decisionNumber", "_id", "id", "version", "$where", "$gt", "$ne", "$regex", "$set",
			"__proto__", "constructor", "a.b", "");

	private static final List<String> HUGE_NUMBERS = List.of("1e999999", "-1e999999", "123456789012345678901234567890",
			"-9223372036854775809", "1.7976931348623157e309", "0.0000000000000000000000000000001e-99999", "-0",
			"4.9e-325", "99999999999999999999999999999999999999999999999999999999999999.5");

	private static final List<byte[]> NOT_UTF8 = List.of(new byte[] { (byte) 0xC3, 0x28 }, new byte[] { (byte) 0xFF },
			new byte[] { (byte) 0xC0, (byte) 0xAF }, new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
			new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, new byte[] { (byte) 0xE1, (byte) 0xBA });

	/** If-Match values that never match a stored version. */
	private static final List<String> STALE = List.of("W/\"0\"", "0", "W/\"*\"", "\"*\"", "\"999\"", "\"1\", W/\"0\"",
			"*, \"0\"", "W/0", "\"0", "0\"", ",", "\"-1\"", "\"0 \"", "\"00\"", "\"1e0\"");

	/** Content types no write operation of the API reads. */
	private static final List<String> UNREAD_TYPES = List.of("text/plain", "application/xml", "image/png",
			"application/x-www-form-urlencoded", "multipart/form-data; boundary=zz");

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Fixture fixture;

	private final List<Endpoint> endpoints;

	private final List<byte[]> hostileWorkbooks = List.of(Workbooks.externalEntity(), Workbooks.billionLaughs(),
			Workbooks.zipBomb(8));

	BadRequests(Fixture fixture) {
		this.fixture = fixture;
		String title = "/api/v1/registrations/" + fixture.titleId();
		this.endpoints = List.of(
				new Endpoint("POST", "/api/v1/registrations", false, Map.of("type", "NOT_A_TYPE"), fixture.title()),
				new Endpoint("PUT", title, true, Map.of("type", "NOT_A_TYPE"), fixture.title()),
				new Endpoint("POST", title + "/actions", true, Map.of("action", "NOT_AN_ACTION"),
						Map.of("action", "AMEND", "date", "2024-01-02", "reference", "1/QĐ-SHTT", "changes",
								Map.of("area", "vùng thử"))),
				new Endpoint("POST", title + "/authorised-users", false, Map.of("grantedOn", "not-a-date"),
						Map.of("name", "Hộ thử", "grantedOn", "2024-01-02")),
				new Endpoint("POST", "/api/v1/holders", false, Map.of("kind", "NOT_A_KIND"), fixture.holder()),
				new Endpoint("PUT", "/api/v1/holders/" + fixture.holderId(), true, Map.of("kind", "NOT_A_KIND"),
						fixture.holder()),
				new Endpoint("POST", "/api/v1/ocop-products", false, Map.of("stars", 9), fixture.ocop()),
				new Endpoint("PUT", "/api/v1/ocop-products/" + fixture.ocopId(), true, Map.of("stars", 9),
						fixture.ocop()),
				new Endpoint("POST", "/api/v1/ocop-products/" + fixture.ocopId() + "/recertify", true,
						Map.of("stars", 9),
						Map.of("stars", 4, "decisionNumber", "1/QĐ-UBND", "certifiedOn", "2025-06-01")),
				new Endpoint("POST", "/api/v1/users", false, Map.of("roles", List.of("NOT_A_ROLE")),
						Map.of("username", "fuzz-user", "password", "fuzz-password-1", "roles", List.of("OFFICER"))));
	}

	/** Any refused request, in the proportions a run should see them. */
	Arbitrary<BadRequest> any() {
		return Arbitraries.frequencyOf(Tuple.of(40, poisonedBodies()), Tuple.of(12, staleIfMatches()),
				Tuple.of(8, unreadTypes()), Tuple.of(5, deletions()), Tuple.of(12, imports()),
				Tuple.of(10, restores()));
	}

	/** A body that cannot pass, with any If-Match (right ones included) and path. */
	private Arbitrary<BadRequest> poisonedBodies() {
		return Combinators
			.combine(Arbitraries.of(this.endpoints), Arbitraries.integers().between(0, Integer.MAX_VALUE), anyIfMatch(),
					jsonTypes(), Arbitraries.of(true, false, false, false))
			.flatAs((endpoint, seed, ifMatch, type, trick) -> poisoned(endpoint).map(body -> {
				Map<String, String> headers = headers(type, endpoint.ifMatch() ? ifMatch : null, seed);
				String path = trick ? trick(endpoint.path(), seed) : endpoint.path();
				return new BadRequest(body.kind(), endpoint.method(), path, headers, body.bytes());
			}));
	}

	/** A valid body with an If-Match that cannot match, or none. */
	private Arbitrary<BadRequest> staleIfMatches() {
		List<Endpoint> conditional = this.endpoints.stream().filter(Endpoint::ifMatch).toList();
		return Combinators.combine(Arbitraries.of(conditional), staleIfMatch(), Arbitraries.of(true, false))
			.as((endpoint, ifMatch, trick) -> new BadRequest("stale If-Match", endpoint.method(),
					trick ? trick(endpoint.path(), ifMatch.length()) : endpoint.path(),
					headers("application/json", ifMatch, ifMatch.length()), json(endpoint.valid())));
	}

	/** A valid body under a content type the operation does not read. */
	private Arbitrary<BadRequest> unreadTypes() {
		return Combinators.combine(Arbitraries.of(this.endpoints), Arbitraries.of(UNREAD_TYPES), anyIfMatch())
			.as((endpoint, type, ifMatch) -> new BadRequest("content type " + type, endpoint.method(), endpoint.path(),
					headers(type, endpoint.ifMatch() ? ifMatch : null, 0), json(endpoint.valid())));
	}

	private Arbitrary<BadRequest> deletions() {
		String title = "/api/v1/registrations/" + this.fixture.titleId();
		String holder = "/api/v1/holders/" + this.fixture.holderId();
		return Combinators.combine(Arbitraries.of(title, holder), staleIfMatch(), Arbitraries.of(true, false))
			.as((path, ifMatch, trick) -> new BadRequest("delete", "DELETE",
					trick ? trick(path, ifMatch.length()) : path, headers(null, ifMatch, 0), null));
	}

	/** Title imports: files that are wrong as files, or hold at least one wrong row. */
	private Arbitrary<BadRequest> imports() {
		Arbitrary<String> query = Arbitraries.of("?dryRun=true", "?dryRun=false", "?dryRun=true&fileName=x.csv",
				"?dryRun=maybe", "", "?dryRun=true&dryRun=false");
		return Combinators.combine(uploads(), query).as((upload, q) -> {
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("Content-Type", upload.type());
			return new BadRequest("import " + upload.kind(), "POST", "/api/v1/imports" + q, headers, upload.bytes());
		});
	}

	/** Restores: bad lines, or a clean file the non-empty registry refuses (409). */
	private Arbitrary<BadRequest> restores() {
		Arbitrary<String> type = Arbitraries.of("application/jsonl", "application/x-ndjson", "application/json",
				"text/plain", "application/octet-stream");
		return Combinators
			.combine(backupLine().list().ofMinSize(1).ofMaxSize(6), type, Arbitraries.of(true, true, false))
			.as((lines, contentType, header) -> {
				ByteArrayOutputStream file = new ByteArrayOutputStream();
				file.writeBytes((header ? "{\"format\":\"ip-registry-backup\",\"version\":2}\n" : "{\"format\":1}\n")
					.getBytes(StandardCharsets.UTF_8));
				lines.forEach(line -> {
					file.writeBytes(line);
					file.write('\n');
				});
				Map<String, String> headers = new LinkedHashMap<>();
				headers.put("Content-Type", contentType);
				return new BadRequest("restore", "POST", "/api/v1/imports/full", headers, file.toByteArray());
			});
	}

	private Arbitrary<byte[]> backupLine() {
		Arbitrary<byte[]> document = value(2).map(value -> {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("collection", "holders");
			line.put("document", value instanceof Map<?, ?> map ? withId(map) : value);
			return json(line);
		});
		return Arbitraries.frequencyOf(Tuple.of(4, document), Tuple.of(2, value(3).map(BadRequests::json)),
				Tuple.of(1, Arbitraries.just(utf8("[]"))),
				Tuple.of(1,
						deep().map(nested -> utf8(
								"{\"collection\":\"holders\",\"document\":{\"_id\":\"d\",\"a\":" + nested + "}}"))),
				Tuple.of(1,
						Arbitraries.of(HUGE_NUMBERS)
							.map(n -> utf8("{\"collection\":\"holders\",\"document\":{\"_id\":" + n + "}}"))),
				Tuple.of(1,
						Arbitraries.of(NOT_UTF8)
							.map(bad -> concat(utf8("{\"collection\":\"holders\",\"document\":{\"_id\":\""), bad,
									utf8("\"}}")))),
				Tuple.of(1, Arbitraries.of("$where", "$gt", "a.b", "$set")
					.map(key -> utf8("{\"collection\":\"holders\",\"document\":{\"_id\":\"k\",\"" + key + "\":1}}"))),
				Tuple.of(1, Arbitraries.just(utf8(""))));
	}

	private static Map<String, Object> withId(Map<?, ?> map) {
		Map<String, Object> document = new LinkedHashMap<>();
		map.forEach((key, value) -> document.put(String.valueOf(key), value));
		document.put("_id", "fuzz-" + map.hashCode());
		return document;
	}

	/** A body kind and its bytes. */
	private record Body(String kind, byte[] bytes) {
	}

	/** An upload's kind, content type and bytes. */
	private record Upload(String kind, String type, byte[] bytes) {
	}

	private Arbitrary<Body> poisoned(Endpoint endpoint) {
		Map<String, Object> poison = endpoint.poison();
		return Arbitraries
			.frequencyOf(
					Tuple.of(10, randomObject().map(object -> new Body("random shape", json(merge(object, poison))))),
					Tuple.of(6, wrongTypes().map(
							object -> new Body("wrong types", json(merge(object, poison))))),
					Tuple.of(3,
							Arbitraries.of(HUGE_NUMBERS)
								.map(n -> new Body(
										"huge number " + n, utf8(
												"{\"stars\":" + n + ",\"niceClasses\":[" + n + "],\"version\":" + n
														+ "," + members(poison) + "}")))),
					Tuple.of(2, deep().map(text -> new Body("deep nesting", utf8(text)))),
					Tuple.of(1,
							Arbitraries.of(256 * 1024, 1024 * 1024)
								.map(size -> new Body("string of " + size,
										json(merge(Map.of("name", "x".repeat(size)), poison))))),
					Tuple.of(3,
							Arbitraries.of(NOT_UTF8)
								.map(bad -> new Body("invalid UTF-8",
										concat(utf8("{\"name\":\"Bư"), bad, utf8("\"," + members(poison) + "}"))))),
					Tuple.of(3, notJson().map(bytes -> new Body("not JSON", bytes))),
					Tuple.of(1, Arbitraries.just(new Body("empty", new byte[0]))),
					Tuple.of(2, value(2).filter(value -> !(value instanceof Map))
						.map(value -> new Body("not an object", json(value)))));
	}

	private static Map<String, Object> merge(Map<String, Object> object, Map<String, Object> poison) {
		Map<String, Object> merged = new LinkedHashMap<>(object);
		poison.keySet().forEach(merged::remove);
		merged.putAll(poison);
		return merged;
	}

	/** Objects of random keys (known fields, operators, junk) and random values. */
	private Arbitrary<Map<String, Object>> randomObject() {
		Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of(FIELDS), text(12));
		return Arbitraries.maps(keys, value(3)).ofMaxSize(8);
	}

	/** Known fields, each with a value of whatever type. */
	private Arbitrary<Map<String, Object>> wrongTypes() {
		return Arbitraries.maps(Arbitraries.of(FIELDS), value(1)).ofMinSize(1).ofMaxSize(10);
	}

	/** A JSON value: scalars, lists and objects (with operator keys), nested. */
	private Arbitrary<Object> value(int depth) {
		Arbitrary<Object> scalar = Arbitraries
			.oneOf(text(30).map(Object.class::cast), Arbitraries.integers().map(Object.class::cast),
					Arbitraries.longs().map(Object.class::cast), Arbitraries.doubles().map(Object.class::cast),
					Arbitraries.bigIntegers()
						.between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
						.map(Object.class::cast),
					Arbitraries.of(true, false).map(Object.class::cast),
					Arbitraries.of("2024-02-30", "9999-99-99", "GRANTED", "COOPERATIVE", "Quảng Trị", "")
						.map(Object.class::cast))
			.injectNull(0.05);
		if (depth == 0) {
			return scalar;
		}
		Arbitrary<Object> list = value(depth - 1).list().ofMaxSize(4).map(Object.class::cast);
		Arbitrary<Object> object = Arbitraries
			.maps(Arbitraries.oneOf(Arbitraries.of("$gt", "$ne", "$where", "$regex", "$in", "name"), text(8)),
					value(depth - 1))
			.ofMaxSize(3)
			.map(Object.class::cast);
		return Arbitraries.frequencyOf(Tuple.of(4, scalar), Tuple.of(1, list), Tuple.of(1, object));
	}

	private static Arbitrary<String> text(int max) {
		return Arbitraries.strings()
			.ascii()
			.withCharRange('\u00C0', '\u01B0')
			.withCharRange('\u1EA0', '\u1EF9')
			.withChars('\u0000', '\t', '\n', '"', '\\', '\u200B', '\uFEFF')
			.ofMaxLength(max);
	}

	private static Arbitrary<String> deep() {
		return Arbitraries.of(100, 1000, 10_000).flatMap(depth -> Arbitraries.of("[", "{\"a\":").map(open -> {
			String close = open.equals("[") ? "]" : "}";
			return open.repeat(depth) + "1" + close.repeat(depth);
		}));
	}

	private static Arbitrary<byte[]> notJson() {
		return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(200), Arbitraries
			.of("{", "{\"name\":", "{\"name\":\"x\"", "null", "undefined", "NaN", "{'name':'x'}", "{\"name\":\"x\",}",
					"[1,2", "{\"a\":1}{\"b\":2}", "\uFEFF{\"name\":1}", "{\"name\":\"\\ud800\"}")
			.map(BadRequests::utf8));
	}

	private Arbitrary<String> anyIfMatch() {
		return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just("\"0\"")), Tuple.of(1, Arbitraries.just("*")),
				Tuple.of(1, Arbitraries.just("")), Tuple.of(6, staleIfMatch()));
	}

	/** If-Match values that cannot match: weak, unquoted, stale, malformed, absent. */
	private static Arbitrary<String> staleIfMatch() {
		Arbitrary<String> garbage = Arbitraries.strings()
			.withCharRange('!', '~')
			.withChars(' ')
			.ofMinLength(1)
			.ofMaxLength(60)
			.filter(value -> value.indexOf('"') < 0 && !value.strip().equals("*") && !value.isBlank());
		return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(STALE)), Tuple.of(2, garbage),
				Tuple.of(1, Arbitraries.just("")));
	}

	private static Arbitrary<String> jsonTypes() {
		return Arbitraries.of("application/json", "application/json", "application/json",
				"application/json;charset=UTF-8", "application/problem+json", "application/json; charset=iso-8859-1",
				"not a type", "application/json;;;");
	}

	private static Map<String, String> headers(String contentType, String ifMatch, int seed) {
		Map<String, String> headers = new LinkedHashMap<>();
		if (contentType != null) {
			headers.put("Content-Type", contentType);
		}
		if (ifMatch != null && !ifMatch.isEmpty()) {
			headers.put("If-Match", ifMatch);
		}
		if (seed % 3 == 0) {
			headers.put("Accept-Language", "en");
		}
		if (seed % 11 == 0) {
			headers.put("Accept", "application/xml");
		}
		return headers;
	}

	/** The path with its id, or its end, replaced by something that is no id. */
	private static String trick(String path, int seed) {
		List<String> tricks = List.of("%00", "..%2F..%2Fusers", "%2e%2e", "x".repeat(600), "a;b=c", "%FF%FE",
				"%E1%BA%A1", "..", "%20", "00000000-0000-0000-0000-000000000000", "$where", "%24gt", "%7B%7D");
		String trick = tricks.get(Math.floorMod(seed, tricks.size()));
		String[] parts = path.split("/");
		List<String> changed = new ArrayList<>(List.of(parts));
		int id = changed.size() > 4 ? 4 : changed.size() - 1;
		changed.set(id, trick);
		return String.join("/", changed);
	}

	private Arbitrary<Upload> uploads() {
		Arbitrary<String> csvType = Arbitraries.of("text/csv", "application/octet-stream", "text/csv;charset=UTF-8");
		return Arbitraries.frequencyOf(
				Tuple.of(6, Combinators.combine(csv(), csvType).as((bytes, type) -> new Upload("csv", type, bytes))),
				Tuple.of(2, Combinators.combine(csv(), Arbitraries.of(NOT_UTF8))
					.as((bytes, bad) -> new Upload("csv not UTF-8", "text/csv", concat(bytes, bad, utf8("\n"))))),
				Tuple.of(2, Arbitraries.bytes()
					.array(byte[].class)
					.ofMaxSize(2000)
					.map(bytes -> new Upload("random workbook", XLSX, concat(new byte[] { 'P', 'K', 3, 4 }, bytes)))),
				Tuple.of(1,
						Arbitraries.of(this.hostileWorkbooks)
							.map(bytes -> new Upload("hostile workbook", XLSX, bytes))),
				Tuple.of(1,
						csvRows().map(rows -> new Upload("workbook without references", XLSX,
								Workbooks.withoutCellReferences(rows)))),
				Tuple.of(3,
						Combinators.combine(csv(), Arbitraries.integers().between(0, 4))
							.as((bytes, variant) -> new Upload("multipart " + variant,
									"multipart/form-data; boundary=fz", multipart(bytes, variant)))),
				Tuple.of(1, csv().map(bytes -> new Upload("csv as JSON", "application/json", bytes))),
				Tuple.of(1, Arbitraries.just(new Upload("empty", "text/csv", new byte[0]))));
	}

	private static byte[] multipart(byte[] file, int variant) {
		String name = variant == 1 ? "document" : "file";
		byte[] content = variant == 2 ? new byte[0] : file;
		byte[] head = utf8("--fz\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"t.csv\"\r\n\r\n");
		byte[] tail = variant == 3 ? new byte[0] : utf8("\r\n--fz--\r\n");
		byte[] start = variant == 4 ? utf8("garbage before the first boundary") : new byte[0];
		return concat(start, head, content, tail);
	}

	/** A CSV with a header and rows, the last row of which names no type. */
	private Arbitrary<byte[]> csv() {
		return Combinators.combine(csvRows(), Arbitraries.of(',', ';', '\t')).as((rows, separator) -> {
			// no cell holds a quote or a line break, so the last row stays a row of its
			// own
			StringBuilder text = new StringBuilder();
			rows.forEach(row -> text.append(String.join(String.valueOf(separator), row)).append("\r\n"));
			return utf8(text.toString());
		});
	}

	private Arbitrary<List<List<String>>> csvRows() {
		Arbitrary<String> cell = text(20).map(text -> text.replaceAll("[\"\r\n]", ""));
		Arbitrary<List<String>> header = Arbitraries
			.oneOf(Arbitraries.of("type", "name", "product", "province", "holderName", "status", "registrationNumber",
					"niceClasses", "grantDate"), cell)
			.list()
			.ofMinSize(1)
			.ofMaxSize(8)
			.uniqueElements();
		return header.flatMap(
				columns -> Arbitraries
					.oneOf(cell,
							Arbitraries.of("GRANTED", "COLLECTIVE_MARK", "Quảng Trị", "31", "\"a,b\"",
									"=cmd|' /C calc'!A0"))
					.list()
					.ofSize(columns.size())
					.list()
					.ofMaxSize(5)
					.map(rows -> {
						List<List<String>> all = new ArrayList<>();
						all.add(columns);
						all.addAll(rows);
						List<String> poison = new ArrayList<>(columns.stream().map(column -> "NOT_A_TYPE").toList());
						all.add(poison);
						return all;
					}));
	}

	private static byte[] json(Object value) {
		return JSON.writeValueAsBytes(value);
	}

	/** The members of an object, without its braces. */
	private static String members(Map<String, Object> object) {
		String text = JSON.writeValueAsString(object);
		return text.substring(1, text.length() - 1);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
