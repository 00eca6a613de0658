package vn.dost.registry.portal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor notices of the portal's pages: every page, error pages included, says it
 * is UTF-8; the bare address leads to the portal; a page number past the last is not
 * found; a record page prints no label without a value.
 */
@RegistryIntegrationTest
class PortalPagesIntegrationTests {

	private static final String HTML_UTF8 = "text/html;charset=UTF-8";

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void sendsEveryPageKindAsUtf8Html() {
		PortalFixtures f = PortalFixtures.create(TestUsers.admin(this.client), "Nước mắm");
		Map<String, HttpStatus> pages = new LinkedHashMap<>();
		pages.put("/portal", HttpStatus.OK);
		pages.put("/portal?lang=en&q=" + f.word(), HttpStatus.OK);
		pages.put("/portal/embed?q=" + f.word(), HttpStatus.OK);
		pages.put("/portal/registrations/" + f.publicId(), HttpStatus.OK);
		pages.put("/portal/registrations/" + f.publicId() + "?lang=en", HttpStatus.OK);
		pages.put("/portal?type=GOLD", HttpStatus.BAD_REQUEST);
		pages.put("/portal?lang=en&province=Atlantis", HttpStatus.BAD_REQUEST);
		pages.put("/portal/registrations/" + f.hiddenId(), HttpStatus.NOT_FOUND);
		pages.put("/portal/no-such-page", HttpStatus.NOT_FOUND);
		pages.put("/portal?page=9999", HttpStatus.NOT_FOUND);
		// The officers' workspace is made of the same kind of pages.
		pages.put("/app/login", HttpStatus.OK);
		String unreadable = unreadableRecord();
		pages.put("/portal/registrations/" + unreadable, HttpStatus.INTERNAL_SERVER_ERROR);
		try {
			pages.forEach((uri, status) -> {
				for (MediaType accept : List.of(MediaType.TEXT_HTML, MediaType.ALL)) {
					EntityExchangeResult<byte[]> page = get(uri, accept, status);
					assertThat(page.getResponseHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).as(uri)
						.isEqualTo(HTML_UTF8);
					assertThat(page.getResponseBody()).as(uri).isNotEmpty();
				}
			});
		}
		finally {
			this.mongo.remove(Query.query(Criteria.where("_id").is(unreadable)), "registrations").block();
		}
	}

	@Test
	void leadsTheBareAddressToThePortalInTheLanguageAsked() {
		this.client.get()
			.uri("/")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/portal");
		this.client.get()
			.uri("/?lang=en")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/portal?lang=en");
	}

	@Test
	void answersAPagePastTheLastWithTheNotFoundPage() {
		PortalFixtures f = PortalFixtures.create(TestUsers.admin(this.client), "Bưởi");
		// One public title under the fixture's word: one page, in either listing.
		for (String listing : List.of("/portal", "/portal/embed")) {
			assertThat(text(listing + "?q=" + f.word(), HttpStatus.OK)).contains(f.publicName());
			assertThat(text(listing + "?q=" + f.word() + "&page=1", HttpStatus.NOT_FOUND)).contains("Không tìm thấy")
				.doesNotContain(f.publicName());
			assertThat(text(listing + "?lang=en&q=" + f.word() + "&page=99", HttpStatus.NOT_FOUND))
				.contains("<html lang=\"en\"");
			// No title at all is still a first page, saying so.
			assertThat(text(listing + "?q=khongcotu" + f.word(), HttpStatus.OK)).doesNotContain(f.publicName());
			text(listing + "?q=khongcotu" + f.word() + "&page=1", HttpStatus.NOT_FOUND);
		}
		String all = text("/portal", HttpStatus.OK);
		int pages = Integer.parseInt(all.replaceAll("(?s).*Trang 1 / (\\d+).*", "$1"));
		assertThat(text("/portal?page=" + (pages - 1), HttpStatus.OK)).contains("Trang " + pages + " / " + pages);
		text("/portal?page=" + pages, HttpStatus.NOT_FOUND);
	}

	@Test
	void leavesFieldsWithoutValueOffTheRecordPage() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội Nông dân xã Vĩnh Tú " + TestData.serial(), "Quảng Trị");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "GEOGRAPHICAL_INDICATION");
		body.put("name", "Gạo hữu cơ Vĩnh Tú " + TestData.serial());
		body.put("product", "Gạo");
		body.put("province", "Quảng Trị");
		body.put("status", "GRANTED");
		body.put("grantDate", LocalDate.of(2021, 6, 1).toString());
		body.put("holderId", holder);
		body.put("public", true);
		String id = (String) TestData.create(admin, body).get("id");

		String page = text("/portal/registrations/" + id, HttpStatus.OK);
		assertThat(page).doesNotContainPattern("<dd>\\s*</dd>")
			.contains("Ngày cấp")
			.doesNotContain("Số đơn")
			.doesNotContain("Ngày nộp đơn")
			.doesNotContain("Số văn bằng")
			.doesNotContain("Khu vực địa lý");
		String english = text("/portal/registrations/" + id + "?lang=en", HttpStatus.OK);
		assertThat(english).doesNotContainPattern("<dd>\\s*</dd>").doesNotContain("Application number");

		String mark = (String) TestData
			.create(admin, noFilingDate(TestData.grantedMark(holder, "Quảng Trị", LocalDate.of(2015, 1, 1))))
			.get("id");
		assertThat(text("/portal/registrations/" + mark, HttpStatus.OK)).doesNotContainPattern("<dd>\\s*</dd>")
			.contains("Số văn bằng")
			.doesNotContain("Ngày hết hạn");
	}

	/** A granted mark recorded without its filing date: its expiry cannot be known. */
	private static Map<String, Object> noFilingDate(Map<String, Object> mark) {
		mark.remove("filingDate");
		mark.put("public", true);
		return mark;
	}

	/**
	 * A stored record the database returns but the service cannot read (written behind
	 * its back): its page fails.
	 */
	private String unreadableRecord() {
		String id = "pages-unreadable-" + System.nanoTime();
		this.mongo
			.insert(new Document("_id", id).append("facts", "not a document").append("status", "GRANTED"),
					"registrations")
			.block();
		return id;
	}

	private String text(String uri, HttpStatus status) {
		return new String(get(uri, MediaType.TEXT_HTML, status).getResponseBody(),
				java.nio.charset.StandardCharsets.UTF_8);
	}

	private EntityExchangeResult<byte[]> get(String uri, MediaType accept, HttpStatus status) {
		return this.client.get()
			.uri(uri)
			.accept(accept)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(byte[].class)
			.returnResult();
	}

}
