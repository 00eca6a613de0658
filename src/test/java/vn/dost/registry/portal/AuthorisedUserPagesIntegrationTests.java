package vn.dost.registry.portal;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.AuthorisedUserFixtures;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's pages for checking a producer: the lookup ({@code /portal/check}) in
 * Vietnamese and English, linked from every title's page; the verdict on one user in
 * large type; suspensions and revocations of public titles in the changes feed.
 */
@RegistryIntegrationTest
class AuthorisedUserPagesIntegrationTests {

	@Autowired
	WebTestClient client;

	WebTestClient admin;

	String titleId;

	String word;

	@BeforeEach
	void setUp() {
		this.admin = TestUsers.admin(this.client);
		String holder = TestData.holder(this.admin, "Hội Nước mắm Phú Quốc " + TestData.serial(), "Khánh Hòa");
		this.titleId = (String) AuthorisedUserFixtures.publicIndication(this.admin, holder, "Nước mắm", "Phú Quốc")
			.get("id");
		this.word = AuthorisedUserFixtures.word();
	}

	@Test
	void theLookupPageFindsProducersInVietnameseAndEnglish() {
		String active = "Công ty Cá cơm " + this.word;
		String suspended = "Nhà thùng Hưng Thành " + this.word;
		AuthorisedUserFixtures.add(this.admin, this.titleId, AuthorisedUserFixtures.user(active, "PQ-0001"));
		String userId = (String) AuthorisedUserFixtures
			.add(this.admin, this.titleId, AuthorisedUserFixtures.user(suspended, "PQ-0002"))
			.get("id");
		AuthorisedUserFixtures.decide(this.admin, this.titleId, userId, "suspend",
				Map.of("reason", "Kiểm tra độ đạm", "date", "2026-02-03"));

		String vietnamese = page("/portal/check?q=ca com " + this.word, HttpStatus.OK);
		assertThat(vietnamese).contains("Tra cứu tổ chức, cá nhân được sử dụng chỉ dẫn địa lý / nhãn hiệu")
			.contains("Tìm thấy 1 tổ chức, cá nhân")
			.contains(active)
			.contains("xã Sơn Hiệp, Khánh Hòa")
			.contains("PQ-0001")
			.contains("ĐƯỢC PHÉP SỬ DỤNG")
			.contains("Được sử dụng từ ngày 01/04/2021")
			.contains("href=\"/portal/check/" + this.titleId + "/PQ-0001\"")
			.contains("href=\"/portal/registrations/" + this.titleId + "\"");

		String english = page("/portal/check?lang=en&q=" + this.word, HttpStatus.OK);
		assertThat(english).contains("Check who may use a geographical indication or mark")
			.contains("2 producers found")
			.contains(suspended)
			.contains("NOT AUTHORISED")
			.contains("Suspended since 03/02/2026")
			.contains("href=\"/portal/check/" + this.titleId + "/PQ-0002?lang=en\"")
			.doesNotContain("Kiểm tra độ đạm");
		assertThat(page("/portal/check?status=SUSPENDED&q=" + this.word, HttpStatus.OK)).contains(suspended)
			.doesNotContain(active);
	}

	@Test
	void everyTitlePageLinksToTheLookupOfItsUsers() {
		AuthorisedUserFixtures.add(this.admin, this.titleId,
				AuthorisedUserFixtures.user("Hộ Trần Văn Mười " + this.word, null));

		String record = page("/portal/registrations/" + this.titleId, HttpStatus.OK);
		assertThat(record).contains("href=\"/portal/check?titleId=" + this.titleId + "\"")
			.contains("Tra cứu tổ chức, cá nhân được sử dụng văn bằng này");
		assertThat(page("/portal/registrations/" + this.titleId + "?lang=en", HttpStatus.OK))
			.contains("href=\"/portal/check?titleId=" + this.titleId + "&amp;lang=en\"");
		assertThat(page("/portal/check?titleId=" + this.titleId, HttpStatus.OK))
			.contains("Hộ Trần Văn Mười " + this.word)
			.contains("Tổ chức, cá nhân được sử dụng: Nước mắm Phú Quốc");
	}

	@Test
	void theVerdictPageSaysInLargeTypeWhetherTheProducerMayUseTheTitle() {
		String code = "PQ-" + TestData.serial();
		String userId = (String) AuthorisedUserFixtures
			.add(this.admin, this.titleId, AuthorisedUserFixtures.user("Cơ sở Khải Hoàn " + this.word, code))
			.get("id");

		String authorised = page("/portal/check/" + this.titleId + "/" + code.toLowerCase(), HttpStatus.OK);
		assertThat(authorised).contains("class=\"verdict verdict-yes\"")
			.contains("ĐƯỢC PHÉP SỬ DỤNG")
			.contains("Cơ sở Khải Hoàn " + this.word)
			.contains(code)
			.contains("Nước mắm Phú Quốc");

		AuthorisedUserFixtures.decide(this.admin, this.titleId, userId, "suspend",
				Map.of("reason", "Kiểm tra", "date", "2026-03-01"));
		assertThat(page("/portal/check/" + this.titleId + "/" + code, HttpStatus.OK))
			.contains("class=\"verdict verdict-no\"")
			.contains("KHÔNG ĐƯỢC SỬ DỤNG")
			.contains("Bị đình chỉ quyền sử dụng từ ngày 01/03/2026");
		AuthorisedUserFixtures.decide(this.admin, this.titleId, userId, "revoke",
				Map.of("reason", "Vi phạm", "date", "2026-04-02"));
		assertThat(page("/portal/check/" + this.titleId + "/" + code + "?lang=en", HttpStatus.OK))
			.contains("NOT AUTHORISED")
			.contains("Revoked since 02/04/2026");

		Map<String, Object> ended = AuthorisedUserFixtures.user("Cơ sở Hết Hạn " + this.word, null);
		ended.put("validUntil", "2025-06-30");
		String endedId = (String) AuthorisedUserFixtures.add(this.admin, this.titleId, ended).get("id");
		assertThat(page("/portal/check/" + this.titleId + "/" + endedId, HttpStatus.OK)).contains("KHÔNG ĐƯỢC SỬ DỤNG")
			.contains("Quyền sử dụng hết hạn từ ngày 01/07/2025");
	}

	@Test
	void anUnknownCodeOrTitleIsTheNotFoundPageAndABadFilterTheBadRequestPage() {
		page("/portal/check/" + this.titleId + "/NO-SUCH-CODE", HttpStatus.NOT_FOUND);
		page("/portal/check/no-such-title/C1", HttpStatus.NOT_FOUND);
		assertThat(page("/portal/check?status=PAUSED", HttpStatus.BAD_REQUEST)).contains("PAUSED");
	}

	@Test
	void theFeedTellsOfSuspensionsAndRevocationsOfPublicTitlesOnly() {
		String code = "PQ-" + TestData.serial();
		String userId = (String) AuthorisedUserFixtures
			.add(this.admin, this.titleId, AuthorisedUserFixtures.user("Cơ sở Bản Tin " + this.word, code))
			.get("id");
		AuthorisedUserFixtures.decide(this.admin, this.titleId, userId, "suspend",
				Map.of("reason", "Lý do riêng tư", "reference", "7/QĐ-SKHCN", "date", "2026-05-05"));
		AuthorisedUserFixtures.decide(this.admin, this.titleId, userId, "revoke",
				Map.of("reason", "Lý do riêng tư", "reference", "9/QĐ-SKHCN", "date", "2026-06-01"));
		String hiddenHolder = TestData.holder(this.admin, "Hội ẩn " + TestData.serial(), "Quảng Trị");
		Map<String, Object> hidden = TestData.grantedMark(hiddenHolder, "Quảng Trị",
				java.time.LocalDate.of(2020, 1, 2));
		String hiddenId = (String) TestData.create(this.admin, hidden).get("id");
		String hiddenUser = (String) AuthorisedUserFixtures
			.add(this.admin, hiddenId, AuthorisedUserFixtures.user("Cơ sở Không Công Khai " + this.word, null))
			.get("id");
		AuthorisedUserFixtures.decide(this.admin, hiddenId, hiddenUser, "revoke", Map.of("reason", "Vi phạm"));

		String feed = page("/portal/feed.atom", HttpStatus.OK);
		assertThat(feed)
			.contains("<title>Nước mắm Phú Quốc: Đình chỉ quyền sử dụng – Cơ sở Bản Tin " + this.word + " (" + code
					+ ")</title>")
			.contains("<title>Nước mắm Phú Quốc: Thu hồi quyền sử dụng – Cơ sở Bản Tin " + this.word + " (" + code
					+ ")</title>")
			.contains("Thu hồi quyền sử dụng ngày 01/06/2026, số 9/QĐ-SKHCN")
			.contains("href=\"http://localhost:8080/portal/check/" + this.titleId + "/" + code + "\"")
			.doesNotContain("Lý do riêng tư")
			.doesNotContain("Cơ sở Không Công Khai");
		assertThat(page("/portal/feed.atom?lang=en", HttpStatus.OK)).contains("Right to use revoked");
	}

	/** A page (or the feed) as a browser gets it, in the status expected. */
	private String page(String uri, HttpStatus status) {
		return this.client.get()
			.uri(uri)
			.accept(MediaType.TEXT_HTML, MediaType.parseMediaType("application/atom+xml"))
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
