package vn.dost.registry;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.reports.PdfReading;

/**
 * Every official Vietnamese output, read back whole, holds Vietnamese words only: no code
 * of a vocabulary (GRANT, FILED, COLLECTIVE_MARK…) and no English (such as a note
 * "amended by … of 2018-04-13"): the record sheet of every public title and of titles in
 * other statuses (the public copy of those with authorised users), the portal's listing,
 * embed and record pages, the changes feed and the calendar feed. The provincial
 * summaries of every province are read in {@code SummaryAgreementIntegrationTests}, the
 * daily e-mail in {@code DeadlineDigestIntegrationTests}.
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class OfficialOutputsIntegrationTests {

	private static final String PROVINCE = "Quảng Trị";

	@Autowired
	WebTestClient client;

	WebTestClient admin;

	private final List<String> fixtures = new ArrayList<>();

	/**
	 * Titles that went through every kind of decision, with an authorised user, in the
	 * province of the seed's amended title.
	 */
	@BeforeEach
	void titlesInEveryStatus() {
		this.admin = TestUsers.admin(this.client);
		String holder = TestData.holder(this.admin, "Hợp tác xã Nông sản Cam Lộ " + TestData.serial(), PROVINCE);
		Map<String, Object> filing = TestData.with(TestData.markFiling(holder, PROVINCE), "filingDate", "2016-09-01");
		filing.put("public", true);
		filing.put("name", "Gạo hữu cơ Triệu Phong " + TestData.serial());
		String granted = (String) TestData.create(this.admin, filing).get("id");
		act(granted, 0, Map.of("action", "ACCEPT", "date", "2016-10-01"));
		act(granted, 1, Map.of("action", "PUBLISH", "date", "2016-11-20", "gazetteNumber", "345A"));
		act(granted, 2, Map.of("action", "GRANT", "date", "2018-03-21", "reference", "2034/QĐ-SHTT",
				"registrationNumber", "4-" + String.format("%07d", TestData.serial()) + "-000"));
		act(granted, 3, Map.of("action", "AMEND", "date", "2019-01-10", "reference", "77/QĐ-SHTT", "changes",
				Map.of("product", "Gạo hữu cơ và gạo lứt")));
		Map<String, Object> user = new LinkedHashMap<>(Map.of("name", "Hộ kinh doanh Trần Văn Lộc", "address",
				"Thôn An Mỹ, xã Triệu Phong", "province", PROVINCE, "code", "C" + TestData.serial() + "-GTP",
				"decisionNumber", "21/QĐ-UBND", "grantedOn", "2021-04-01"));
		TestData.created(this.admin, "/api/v1/registrations/" + granted + "/authorised-users", user);
		this.fixtures.add(granted);
		Map<String, Object> ended = TestData.grantedMark(holder, PROVINCE, LocalDate.of(2017, 5, 2));
		ended.put("public", true);
		String terminated = (String) TestData.create(this.admin, ended).get("id");
		act(terminated, 0, Map.of("action", "TERMINATE", "date", "2025-03-01", "reference", "88/QĐ-SHTT", "reason",
				"Không sử dụng liên tục 5 năm"));
		this.fixtures.add(terminated);
		this.fixtures.add((String) TestData.create(this.admin, TestData.markFiling(holder, PROVINCE)).get("id"));
		this.fixtures.add(
				(String) TestData
					.create(this.admin,
							new LinkedHashMap<>(Map.of("type", "GEOGRAPHICAL_INDICATION", "name",
									"Chỉ dẫn bị từ chối " + TestData.serial(), "product", "Hạt tiêu", "province",
									PROVINCE, "status", "REFUSED", "filingDate", "2021-01-01")))
					.get("id"));
	}

	private void act(String id, int version, Map<String, Object> body) {
		this.admin.post()
			.uri("/api/v1/registrations/{id}/actions", id)
			.header("If-Match", "\"" + version + "\"")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void theRecordSheetsAndRecordPagesSayEverythingInVietnamese() {
		List<String> ids = new ArrayList<>(this.fixtures);
		Map<String, Object> shown = TestData.listing(this.admin, "/api/v1/public/registrations",
				query -> query.queryParam("size", 200));
		List<String> publicIds = ((List<Map<String, Object>>) shown.get("items")).stream()
			.map(item -> (String) item.get("id"))
			.toList();
		ids.addAll(publicIds);
		for (String id : ids) {
			OfficialWording.assertVietnameseOnly("record sheet " + id,
					PdfReading.of(bytes("/api/v1/registrations/" + id + "/summary.pdf")).text());
		}
		// The public copy differs from the officers' only in the users' columns: read for
		// the titles that have users.
		for (String id : this.fixtures.subList(0, 2)) {
			OfficialWording.assertVietnameseOnly("public record sheet " + id,
					PdfReading.of(bytes("/portal/registrations/" + id + "/summary.pdf")).text());
		}
		for (String id : publicIds) {
			OfficialWording.assertVietnameseOnly("record page " + id, pageText("/portal/registrations/" + id));
		}
	}

	@Test
	void thePortalsListingsAndFeedsSayEverythingInVietnamese() throws Exception {
		Map<String, Object> first = TestData.listing(this.admin, "/api/v1/public/registrations",
				query -> query.queryParam("size", 20));
		int pages = ((Number) first.get("totalPages")).intValue();
		for (int page = 0; page < pages; page++) {
			OfficialWording.assertVietnameseOnly("portal page " + page, pageText("/portal?page=" + page));
		}
		OfficialWording.assertVietnameseOnly("embed", pageText("/portal/embed?province=" + PROVINCE));
		OfficialWording.assertVietnameseOnly("portal filtered", pageText("/portal?status=TERMINATED"));
		Document feed = DocumentBuilderFactory.newDefaultNSInstance()
			.newDocumentBuilder()
			.parse(new InputSource(new StringReader(new String(bytes("/portal/feed.atom"), "UTF-8"))));
		for (String element : List.of("title", "summary", "name")) {
			var texts = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", element);
			for (int i = 0; i < texts.getLength(); i++) {
				OfficialWording.assertVietnameseOnly("feed " + element, texts.item(i).getTextContent());
			}
		}
		String calendar = new String(bytes("/api/v1/deadlines.ics?within=P2Y"), "UTF-8").replace("\r\n ", "");
		List<String> texts = calendar.lines()
			.filter(line -> line.startsWith("SUMMARY:") || line.startsWith("DESCRIPTION:")
					|| line.startsWith("X-WR-CALNAME:"))
			.map(line -> line.substring(line.indexOf(':') + 1).replace("\\n", "\n").replace("\\", ""))
			.toList();
		org.assertj.core.api.Assertions.assertThat(texts).as("calendar texts").isNotEmpty();
		texts.forEach(text -> OfficialWording.assertVietnameseOnly("calendar", text));
	}

	/** The words a reader sees on a page: markup, style and script left out. */
	private String pageText(String uri) {
		String html = new String(bytes(uri), java.nio.charset.StandardCharsets.UTF_8);
		return html.replaceAll("(?s)<style.*?</style>|<script.*?</script>", " ")
			.replaceAll("(?s)<[^>]*>", " ")
			.replace("&amp;", "&")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replaceAll("\\s+", " ");
	}

	private byte[] bytes(String uri) {
		return TestData.download(this.admin, uri);
	}

}
