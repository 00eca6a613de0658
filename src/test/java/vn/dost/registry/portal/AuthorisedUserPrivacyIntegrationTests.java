package vn.dost.registry.portal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.AuthorisedUserFixtures;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.reports.PdfReading;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only a producer's name, locality and code are ever published: its address (with a phone
 * number, an e-mail and an ID number written in it), the reasons of decisions on its
 * right and its holder's contacts appear in no public output — the lookup's JSON, the
 * verdict, the open-data files, the pages, the title's record and sheet, the feed — nor
 * on the certificate and labels printed for shops and packages.
 */
@RegistryIntegrationTest
class AuthorisedUserPrivacyIntegrationTests {

	private static final List<String> HOLDER_CONTACTS = List.of("0258 3811 222", "hoinuocmam@example.vn", "4200123456",
			"Phạm Văn Đại Diện", "Số 1 đường Trần Phú");

	private static final String REASON = "Bị phản ánh qua số máy 0987 654 321";

	@Autowired
	WebTestClient client;

	@Test
	void publishesNothingButTheNameLocalityAndCodeOfAProducer() {
		WebTestClient admin = TestUsers.admin(this.client);
		String word = AuthorisedUserFixtures.word();
		String titleId = (String) AuthorisedUserFixtures
			.publicIndication(admin, holderWithContacts(admin), "Nước mắm", "Phú Quốc " + word)
			.get("id");
		String name = "Hộ Nguyễn Thị Riêng " + word;
		String code = "PQ-" + TestData.serial();
		String userId = (String) AuthorisedUserFixtures.add(admin, titleId, AuthorisedUserFixtures.user(name, code))
			.get("id");
		String suspended = "Hộ Trần Văn Kín " + word;
		String suspendedId = (String) AuthorisedUserFixtures
			.add(admin, titleId, AuthorisedUserFixtures.user(suspended, "PQ-" + TestData.serial()))
			.get("id");
		AuthorisedUserFixtures.decide(admin, titleId, suspendedId, "suspend", Map.of("reason", REASON));
		String base = "/api/v1/registrations/" + titleId + "/authorised-users/" + userId;

		Map<String, String> outputs = new LinkedHashMap<>();
		for (String uri : List.of("/api/v1/public/authorised-users?q=" + word,
				"/api/v1/public/authorised-users/" + titleId + "/" + code,
				"/api/v1/public/authorised-users.json?q=" + word, "/api/v1/public/authorised-users.csv?q=" + word,
				"/portal/check?q=" + word, "/portal/check?lang=en&q=" + word, "/portal/check/" + titleId + "/" + code,
				"/portal/check/" + titleId + "/" + code + "?lang=en", "/api/v1/public/registrations/" + titleId,
				"/portal/registrations/" + titleId, "/portal/feed.atom")) {
			outputs.put(uri, text(this.client, uri));
		}
		outputs.put("summary.pdf",
				PdfReading.of(bytes(this.client, "/portal/registrations/" + titleId + "/summary.pdf")).text());
		outputs.put("certificate.pdf", PdfReading.of(bytes(admin, base + "/certificate.pdf")).text());
		outputs.put("labels.pdf", PdfReading.of(bytes(admin, base + "/labels.pdf")).text());

		List<String> secrets = new ArrayList<>(AuthorisedUserFixtures.CONTACTS);
		secrets.addAll(HOLDER_CONTACTS);
		secrets.add(REASON);
		outputs.forEach((output, body) -> {
			String shown = output.contains("labels") ? code : output.contains("feed") ? suspended : name;
			assertThat(body).as(output).contains(shown);
			secrets.forEach(secret -> assertThat(body).as(output).doesNotContain(secret));
		});
	}

	private static String holderWithContacts(WebTestClient admin) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "Hội Nước mắm Phú Quốc " + TestData.serial());
		body.put("kind", "ASSOCIATION");
		body.put("province", "Khánh Hòa");
		body.put("phone", HOLDER_CONTACTS.get(0));
		body.put("email", HOLDER_CONTACTS.get(1));
		body.put("taxCode", HOLDER_CONTACTS.get(2));
		body.put("representative", HOLDER_CONTACTS.get(3));
		body.put("address", HOLDER_CONTACTS.get(4) + ", Phú Quốc");
		return (String) TestData.created(admin, "/api/v1/holders", body).get("id");
	}

	private static String text(WebTestClient client, String uri) {
		return new String(bytes(client, uri), StandardCharsets.UTF_8);
	}

	private static byte[] bytes(WebTestClient client, String uri) {
		return client.mutate()
			.responseTimeout(Duration.ofSeconds(30))
			.build()
			.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

}
