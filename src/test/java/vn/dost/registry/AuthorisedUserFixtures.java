package vn.dost.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Titles with authorised users for the tests of the public lookup, its pages and
 * documents: words of their own so that a lookup finds only them, and contact data that
 * must never be published.
 */
public final class AuthorisedUserFixtures {

	/** An individual's address, with a phone number, an e-mail and an ID number in it. */
	public static final String ADDRESS = "Số 9 ngõ 4 thôn Đông Hòa, ĐT 0912 345 678, email nongho.dong@example.vn, CCCD 045123456789";

	public static final List<String> CONTACTS = List.of("Số 9 ngõ 4", "thôn Đông Hòa", "0912 345 678",
			"nongho.dong@example.vn", "045123456789");

	private AuthorisedUserFixtures() {
	}

	/**
	 * A word no other test's record contains, of letters only (so that it may be
	 * misspelt), and more than one letter away from every other such word (so that the
	 * typo-tolerant retry does not find another test's records): the serial scattered
	 * over seven letters.
	 */
	public static String word() {
		long scattered = Math.floorMod(TestData.serial() * 2_654_435_761L, 8_031_810_176L);
		StringBuilder word = new StringBuilder("kh");
		for (int i = 0; i < 7; i++) {
			word.append((char) ('a' + scattered % 26));
			scattered /= 26;
		}
		return word.toString();
	}

	/**
	 * A granted geographical indication marked public, in Khánh Hòa, named after its
	 * product and place (its sign); answers the stored JSON.
	 */
	public static Map<String, Object> publicIndication(WebTestClient admin, String holderId, String product,
			String place) {
		return TestData.create(admin, indication(holderId, product, place));
	}

	/** The request body of a granted, public geographical indication. */
	public static Map<String, Object> indication(String holderId, String product, String place) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "GEOGRAPHICAL_INDICATION");
		body.put("name", product + " " + place);
		body.put("sign", place);
		body.put("product", product);
		body.put("productGroup", "FOOD");
		body.put("province", "Khánh Hòa");
		body.put("applicationNumber", "6-2018-" + TestData.serial());
		body.put("filingDate", "2018-02-01");
		body.put("status", "GRANTED");
		body.put("grantDate", "2019-05-20");
		body.put("registrationNumber", String.format("%05d", TestData.serial() % 100_000));
		body.put("holderId", holderId);
		body.put("public", true);
		return body;
	}

	/** A granted collective mark marked public; answers the stored JSON. */
	public static Map<String, Object> publicMark(WebTestClient admin, String holderId, String name) {
		Map<String, Object> body = TestData.grantedMark(holderId, "Quảng Trị", LocalDate.of(2020, 3, 10));
		body.put("name", name);
		body.put("public", true);
		return TestData.create(admin, body);
	}

	/** A user granted on 2021-04-01, in Khánh Hòa, with the contact-laden address. */
	public static Map<String, Object> user(String name, String code) {
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("name", name);
		user.put("address", ADDRESS);
		user.put("commune", "xã Sơn Hiệp");
		user.put("province", "Khánh Hòa");
		user.put("code", code);
		user.put("decisionNumber", "215/QĐ-UBND");
		user.put("grantedOn", "2021-04-01");
		return user;
	}

	/** Adds the user to the title; answers the stored user. */
	public static Map<String, Object> add(WebTestClient client, String titleId, Map<String, Object> user) {
		return TestData.created(client, "/api/v1/registrations/" + titleId + "/authorised-users", user);
	}

	/** Suspends, reinstates or revokes a user's right, expecting 200. */
	public static void decide(WebTestClient client, String titleId, String userId, String action,
			Map<String, Object> body) {
		client.post()
			.uri("/api/v1/registrations/{id}/authorised-users/{userId}/{action}", titleId, userId, action)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk();
	}

}
