package vn.dost.registry.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an import reads from a department's file when it leaves a column out: the status
 * of a title with a registration number, the kind of a new holder from its name; and the
 * province names as people type them.
 */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class ImportDefaultsIntegrationTests {

	/** A file's columns without {@code status} or {@code holderKind}. */
	private static final String HEADER = "type,name,product,productGroup,niceClasses,province,applicationNumber,"
			+ "filingDate,registrationNumber,grantDate,holderName\r\n";

	@Autowired
	WebTestClient client;

	@BeforeEach
	void allowSlowImports() {
		this.client = this.client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
	}

	@Test
	void readsARowWithARegistrationNumberAndNoStatusAsGranted() {
		String marker = "impstatus" + TestData.serial();
		String holder = "Hợp tác xã Dịch vụ nông nghiệp " + marker;
		String numbered = row("Bưởi có số " + marker, "Quảng Trị", true, holder);
		String unnumbered = row("Bưởi chưa số " + marker, "Quảng Trị", false, holder);

		Map<String, Object> rejected = upload(HEADER + numbered + unnumbered, 400);
		assertThat((List<Map<String, Object>>) rejected.get("errors")).singleElement().satisfies(error -> {
			assertThat(error.get("row")).isEqualTo(3);
			assertThat(error.get("field")).isEqualTo("status");
			assertThat(error.get("message")).asString().contains("registration number");
		});

		Map<String, Object> report = upload(HEADER + numbered, 200);
		assertThat(report.get("created")).isEqualTo(1);
		Map<String, Object> title = only("?q=" + "Bưởi có số " + marker);
		assertThat(title.get("status")).isEqualTo("GRANTED");
		// Imported again, without a status, the same title matches and nothing changes.
		assertThat(upload(HEADER + numbered, 200)).containsEntry("created", 0).containsEntry("updated", 0);
	}

	@Test
	void takesANewHoldersKindFromItsName() {
		String marker = "impkind" + TestData.serial();
		Map<String, String> kinds = Map.of("Hội Nông dân xã Vĩnh Thủy " + marker, "ASSOCIATION",
				"HỘI SẢN XUẤT CHÈ " + marker, "ASSOCIATION", "HTX Nông nghiệp Cam Lộ " + marker, "COOPERATIVE",
				"hop tac xa Gio Linh " + marker, "COOPERATIVE", "Công ty TNHH Tiêu Việt " + marker, "ENTERPRISE",
				"Doanh nghiệp tư nhân Hòa Phát " + marker, "ENTERPRISE", "UBND huyện Hướng Hóa " + marker, "STATE_BODY",
				"Sở Khoa học và Công nghệ " + marker, "STATE_BODY", "Ban quản lý Khu kinh tế " + marker, "STATE_BODY",
				"Trung tâm Khuyến nông " + marker, "STATE_BODY");
		StringBuilder file = new StringBuilder(HEADER);
		kinds.keySet().forEach(holder -> file.append(row("Nhãn " + holder, "Quảng Trị", true, holder)));
		assertThat(upload(file.toString(), 200).get("created")).isEqualTo(kinds.size());
		kinds.forEach((holder, kind) -> assertThat(holderKind(holder)).as(holder).isEqualTo(kind));

		String person = "Nguyễn Văn Lành " + marker;
		Map<String, Object> rejected = upload(HEADER + row("Nhãn " + person, "Quảng Trị", true, person), 400);
		assertThat((List<Map<String, Object>>) rejected.get("errors")).singleElement().satisfies(error -> {
			assertThat(error.get("row")).isEqualTo(2);
			assertThat(error.get("field")).isEqualTo("holderKind");
			assertThat(error.get("message")).asString().contains(person).contains("association");
		});
	}

	@Test
	void readsProvinceNamesAsPeopleTypeThem() {
		String marker = "impprov" + TestData.serial();
		String holder = "Hợp tác xã Hồ tiêu " + marker;
		String file = HEADER + row("Tiêu Châu Đức " + marker, "Bà Rịa–Vũng Tàu", true, holder)
				+ row("Sầu riêng Củ Chi " + marker, "Tp. Hồ Chí Minh", true, holder)
				+ row("Cà phê Buôn Hồ " + marker, "Đắc Lắc", true, holder);
		assertThat(upload(file, 200).get("created")).isEqualTo(3);
		assertThat(only("?q=Tiêu Châu Đức " + marker).get("province")).isEqualTo("Bà Rịa - Vũng Tàu");
		assertThat(only("?q=Sầu riêng Củ Chi " + marker).get("province")).isEqualTo("Hồ Chí Minh");
		assertThat(only("?q=Cà phê Buôn Hồ " + marker).get("province")).isEqualTo("Đắk Lắk");
		// The same file again: the rows match the stored titles, whatever the spelling.
		assertThat(upload(file, 200)).containsEntry("created", 0).containsEntry("updated", 0);
	}

	/** A collective-mark row, with or without a registration number, never a status. */
	private static String row(String name, String province, boolean numbered, String holder) {
		int serial = TestData.serial();
		String number = numbered ? "4-" + String.format("%07d", serial) + "-000" : "";
		return String.join(",", "COLLECTIVE_MARK", name, "Quả bưởi", "FOOD", "31", '"' + province + '"',
				"4-2019-" + serial, "10/03/2019", number, numbered ? "2020-05-20" : "", '"' + holder + '"') + "\r\n";
	}

	private Map<String, Object> upload(String csv, int status) {
		return ImportFiles
			.upload(TestUsers.admin(this.client), csv.getBytes(StandardCharsets.UTF_8), "tinh.csv", false, "en")
			.expectStatus()
			.isEqualTo(status)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private Map<String, Object> only(String query) {
		Map<String, Object> page = TestData.json(TestUsers.admin(this.client), "/api/v1/registrations" + query);
		assertThat(page.get("totalItems")).as(query).isEqualTo(1);
		return ((List<Map<String, Object>>) page.get("items")).get(0);
	}

	private String holderKind(String name) {
		Map<String, Object> page = TestData.json(TestUsers.admin(this.client), "/api/v1/holders?q={q}", name);
		return (String) ((List<Map<String, Object>>) page.get("items")).get(0).get("kind");
	}

}
