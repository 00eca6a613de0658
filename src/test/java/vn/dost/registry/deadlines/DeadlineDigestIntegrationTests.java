package vn.dost.registry.deadlines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.OfficialWording;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily digest goes out through a real (in-process) SMTP server, one e-mail per
 * officer, and per cooperative's user, with something due: a cooperative's user gets its
 * own organisation's deadlines only, in Vietnamese.
 */
@RegistryIntegrationTest
@TestPropertySource(properties = { "registry.digest.enabled=true", "registry.digest.cron=-",
		"registry.digest.from=registry@sokhcn.example" })
@SuppressWarnings("unchecked")
class DeadlineDigestIntegrationTests {

	/**
	 * Chosen now: the service is configured with it before the SMTP server starts (before
	 * each test).
	 */
	private static final int PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", "smtp"));

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> PORT);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Autowired
	WebTestClient client;

	@Autowired
	DeadlineDigest digest;

	@Test
	void sendsOneEmailToEachOfficerWithSomethingDueInThirtyDaysAndShowsTheSameDigest() throws Exception {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hợp tác xã Cao Bằng " + TestData.serial(), "Cao Bằng");
		Map<String, Object> title = TestData.create(admin,
				TestData.grantedMark(holder, "Cao Bằng", LocalDate.of(2016, 7, 1)));
		officer(admin, "officer-cao-bang", "Cao Bằng", "can.bo@sokhcn-caobang.example");
		officer(admin, "officer-quiet", "Lai Châu", "yen.tinh@sokhcn-laichau.example");
		officer(admin, "officer-no-mail", "Cao Bằng", null);

		this.digest.sendAll().as(StepVerifier::create).expectNext(1L).verifyComplete();

		MimeMessage[] sent = smtp.getReceivedMessages();
		assertThat(sent).hasSize(1);
		assertThat(sent[0].getAllRecipients()[0].toString()).isEqualTo("can.bo@sokhcn-caobang.example");
		assertThat(sent[0].getSubject()).isEqualTo("Các hạn cần xử lý trong 30 ngày tới: 1 việc");
		String body = GreenMailUtil.getBody(sent[0]);
		assertThat(GreenMailUtil.getWholeMessage(sent[0])).contains("registry@sokhcn.example");
		assertThat(decoded(sent[0])).contains("01/07/2026 — Nhãn hiệu hết hiệu lực: " + title.get("name"))
			.contains("Cao Bằng");
		assertThat(body).isNotBlank();
		OfficialWording.assertVietnameseOnly("the digest's subject", sent[0].getSubject());
		OfficialWording.assertVietnameseOnly("the digest e-mail", decoded(sent[0]));

		TestUsers.as(this.client, "officer-cao-bang")
			.get()
			.uri("/api/v1/deadlines/digest")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.to")
			.isEqualTo("2026-07-15")
			.jsonPath("$.items.length()")
			.isEqualTo(1)
			.jsonPath("$.items[0].kind")
			.isEqualTo("MARK_EXPIRES")
			.jsonPath("$.items[0].registrationId")
			.isEqualTo(title.get("id"));
	}

	@Test
	void sendsACooperativesUserTheDeadlinesOfItsOwnTitlesOnlyInVietnamese() throws Exception {
		WebTestClient admin = TestUsers.admin(this.client);
		String ownName = "Hợp tác xã Chè Shan tuyết " + TestData.serial();
		String own = TestData.holder(admin, ownName, "Lào Cai");
		String other = TestData.holder(admin, "Hợp tác xã khác " + TestData.serial(), "Lào Cai");
		Map<String, Object> mine = TestData.create(admin,
				TestData.grantedMark(own, "Lào Cai", LocalDate.of(2016, 7, 5)));
		Map<String, Object> theirs = TestData.create(admin,
				TestData.grantedMark(other, "Lào Cai", LocalDate.of(2016, 7, 6)));
		String username = "htx-digest-" + TestData.serial();
		Map<String, Object> user = TestData.created(admin, "/api/v1/users", Map.of("username", username, "password",
				TestUsers.PASSWORD, "roles", List.of("HOLDER"), "holderId", own, "email", "xa.vien@htx.example"));
		try {
			this.digest.sendAll().as(StepVerifier::create).expectNextCount(1).verifyComplete();

			List<MimeMessage> toCooperative = java.util.Arrays.stream(smtp.getReceivedMessages())
				.filter(message -> recipient(message).equals("xa.vien@htx.example"))
				.toList();
			assertThat(toCooperative).hasSize(1);
			MimeMessage message = toCooperative.get(0);
			assertThat(message.getSubject()).isEqualTo("Các hạn cần xử lý trong 30 ngày tới: 1 việc");
			assertThat(decoded(message)).startsWith("Kính gửi " + ownName + ",")
				.contains("văn bằng, quyền sử dụng và sản phẩm OCOP thuộc " + ownName)
				.contains("05/07/2026 — Nhãn hiệu hết hiệu lực: " + mine.get("name"))
				.doesNotContain((String) theirs.get("name"));
		}
		finally {
			// the other test counts every e-mail sent: this user's address is taken away
			admin.put()
				.uri("/api/v1/users/{username}", username)
				.header("If-Match", "\"" + user.get("version") + "\"")
				.bodyValue(Map.of("username", username, "roles", List.of("HOLDER"), "holderId", own))
				.exchange()
				.expectStatus()
				.isOk();
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String decoded(MimeMessage message) throws Exception {
		return (String) message.getContent();
	}

	private static void officer(WebTestClient admin, String username, String province, String email) {
		Map<String, Object> user = new java.util.HashMap<>(Map.of("username", username, "password", TestUsers.PASSWORD,
				"roles", List.of("OFFICER"), "provinces", List.of(province)));
		if (email != null) {
			user.put("email", email);
		}
		TestData.created(admin, "/api/v1/users", user);
	}

}
