package vn.dost.registry.workspace.reports;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.reports.PdfReading;
import vn.dost.registry.workspace.WorkspaceClient;
import vn.dost.registry.workspace.WorkspaceClient.Download;
import vn.dost.registry.workspace.WorkspaceClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports' page on the real server: the provincial summary handed over as a PDF (read
 * back: the province's name, the number and signer asked for) or a DOCX, and a choice the
 * report refuses shown on the form.
 */
@RegistryIntegrationTest
class ReportPagesIntegrationTests {

	@Autowired
	WebTestClient client;

	@Test
	void offersTheOfficersProvinceAndTodayOnTheForm() {
		TestUsers.officer(this.client, "ws-reports-form", "Quảng Trị", "Huế");
		Document form = Jsoup
			.parse(WorkspaceClient.signedIn(this.client, "ws-reports-form").get("/app/reports").body());
		assertThat(form.select("#province option[selected]").val()).isEqualTo("Quảng Trị");
		assertThat(form.select("#province option")).hasSize(35);
		assertThat(form.select("#asOf").val()).isEqualTo("2026-06-15");
		assertThat(form.select("input[name=format][checked]").val()).isEqualTo("pdf");
		assertThat(form.select("label[for=signer]").text()).isEqualTo("Người ký (họ và tên)");
	}

	@Test
	void handsOverTheProvincialSummaryAsAPdfWithTheProvincesName() {
		TestUsers.officer(this.client, "ws-reports-pdf", "Quảng Trị");
		WorkspaceClient officer = WorkspaceClient.signedIn(this.client, "ws-reports-pdf");
		Download pdf = officer.download(
				"/app/reports/summary?province=Quảng Trị&asOf=2026-06-15&number=27&signer=Nguyễn Văn An&signerTitle=GIÁM ĐỐC&format=pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(pdf.headers().getContentDisposition().isAttachment()).isTrue();
		assertThat(pdf.headers().getContentDisposition().getFilename()).isEqualTo("Báo cáo Quảng Trị 2026-06-15.pdf");
		String text = String.join("\n", PdfReading.of(pdf.body()).pageTexts());
		assertThat(text).contains("UBND TỈNH QUẢNG TRỊ", "Số: 27/BC-SKHCN", "Nguyễn Văn An", "GIÁM ĐỐC",
				"tỉnh Quảng Trị");
		assertThat(text).doesNotContain("PHÓ GIÁM ĐỐC");
	}

	@Test
	void handsOverTheSummaryAsADocxToEdit() {
		WorkspaceClient admin = WorkspaceClient.signedIn(this.client, "admin");
		Download docx = admin.download("/app/reports/summary?province=Khánh Hòa&signer=Phạm Minh&format=docx");
		assertThat(docx.status()).isEqualTo(200);
		assertThat(docx.headers().getContentType().toString())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(docx.headers().getContentDisposition().getFilename()).endsWith(".docx");
		assertThat(new String(docx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
	}

	@Test
	void showsWhatTheReportRefusesOnTheFormWithTheChoicesKept() {
		WorkspaceClient admin = WorkspaceClient.signedIn(this.client, "admin");
		Page unknown = admin.get("/app/reports/summary?province=Atlantis&number=5&signer=Trần Bình&format=docx");
		assertThat(unknown.status()).isEqualTo(400);
		Document form = Jsoup.parse(unknown.body());
		assertThat(form.select("#province-error").text()).contains("Atlantis");
		assertThat(form.select("#province").attr("aria-invalid")).isEqualTo("true");
		assertThat(form.select("#number").val()).isEqualTo("5");
		assertThat(form.select("#signer").val()).isEqualTo("Trần Bình");
		assertThat(form.select("label[for=signerTitle]").text()).isEqualTo("Chức vụ người ký");
		assertThat(form.select("input[name=format][checked]").val()).isEqualTo("docx");

		Page unsigned = admin.get("/app/reports/summary?province=Huế&number=6");
		assertThat(unsigned.status()).isEqualTo(400);
		assertThat(Jsoup.parse(unsigned.body()).select("#signer-error").text()).startsWith("Chưa có họ tên người ký");

		Page badDay = admin.get("/app/reports/summary?province=Huế&asOf=15/06/2026&signer=Trần Bình");
		assertThat(badDay.status()).isEqualTo(400);
		assertThat(Jsoup.parse(badDay.body()).select("#asOf-error").text()).isNotBlank();
		assertThat(admin.get("/app/reports?lang=en").body()).contains("Provincial summary").doesNotContain("??");
	}

	@Test
	void aCooperativeIsNotOfferedReports() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hợp tác xã không báo cáo " + TestData.serial(), "Huế");
		String username = "ws-reports-coop-" + TestData.serial();
		TestUsers.holder(this.client, username, holder);
		WorkspaceClient cooperative = WorkspaceClient.signedIn(this.client, username);
		assertThat(Jsoup.parse(cooperative.get("/app").body()).select("nav.main-nav a[href=/app/reports]")).isEmpty();
		assertThat(cooperative.get("/app/reports").status()).isEqualTo(403);
		assertThat(cooperative.download("/app/reports/summary?province=Huế").status()).isEqualTo(403);
	}

}
