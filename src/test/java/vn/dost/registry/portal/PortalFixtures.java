package vn.dost.registry.portal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.TestData;

/**
 * Titles for the portal's tests, each set under a word of its own so a search finds only
 * them: a public granted mark whose holder and authorised user carry contact data, a
 * public filing, and a granted mark not marked public.
 */
record PortalFixtures(String word, String publicId, String publicName, String filingId, String filingName,
		String hiddenId, String hiddenName, String registrationNumber) {

	static final String PHONE = "0233 3852 999";

	static final String EMAIL = "hoptacxa.lienhe@example.vn";

	static final String TAX_CODE = "3200123456";

	static final String REPRESENTATIVE = "Nguyễn Văn Đại Diện";

	static final String USER_ADDRESS = "Số 17 thôn Kinh Môn, xã Gio Sơn";

	static final String HOLDER_ADDRESS = "Thôn Hà Thượng, thị trấn Gio Linh";

	static final String USER_DECISION = "15/QĐ-UBND";

	/** Creates the three titles in Quảng Trị, each name ending in a fresh word. */
	static PortalFixtures create(WebTestClient admin, String namePrefix) {
		int serial = TestData.serial();
		String word = "xyzportal" + serial;
		String holder = holderWithContacts(admin, "Hợp tác xã Chè Gio Linh " + serial);
		String publicName = namePrefix + " " + word;
		Map<String, Object> granted = TestData.grantedMark(holder, "Quảng Trị", LocalDate.of(2020, 3, 10));
		granted.put("name", publicName);
		granted.put("public", true);
		granted.put("area", "xã Gio Sơn, huyện Gio Linh");
		Map<String, Object> shown = TestData.create(admin, granted);
		addUser(admin, (String) shown.get("id"));

		String filingName = "Đơn chưa cấp " + word;
		Map<String, Object> filing = TestData.markFiling(holder, "Quảng Trị");
		filing.put("name", filingName);
		filing.put("public", true);
		String filingId = (String) TestData.create(admin, filing).get("id");

		String hiddenName = "Không công khai " + word;
		Map<String, Object> hidden = TestData.grantedMark(holder, "Quảng Trị", LocalDate.of(2019, 1, 5));
		hidden.put("name", hiddenName);
		String hiddenId = (String) TestData.create(admin, hidden).get("id");
		return new PortalFixtures(word, (String) shown.get("id"), publicName, filingId, filingName, hiddenId,
				hiddenName, (String) shown.get("registrationNumber"));
	}

	private static String holderWithContacts(WebTestClient admin, String name) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("kind", "COOPERATIVE");
		body.put("province", "Quảng Trị");
		body.put("phone", PHONE);
		body.put("email", EMAIL);
		body.put("taxCode", TAX_CODE);
		body.put("representative", REPRESENTATIVE);
		body.put("address", HOLDER_ADDRESS);
		return (String) TestData.created(admin, "/api/v1/holders", body).get("id");
	}

	private static void addUser(WebTestClient admin, String titleId) {
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("name", "Hộ kinh doanh Lê Thị Hoa");
		user.put("address", USER_ADDRESS);
		user.put("province", "Quảng Trị");
		user.put("code", "C" + TestData.serial() + "-CGL");
		user.put("decisionNumber", USER_DECISION);
		user.put("grantedOn", "2021-04-01");
		TestData.created(admin, "/api/v1/registrations/" + titleId + "/authorised-users", user);
	}

	/**
	 * Every contact fact of the holder (address included) and the user: none may appear
	 * in a public response.
	 */
	static List<String> contactData() {
		return List.of(PHONE, EMAIL, TAX_CODE, REPRESENTATIVE, USER_ADDRESS, HOLDER_ADDRESS);
	}

}
