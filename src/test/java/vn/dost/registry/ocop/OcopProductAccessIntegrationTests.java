package vn.dost.registry.ocop;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.MutableClock;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dost.registry.ocop.OcopTestData.PRODUCTS;
import static vn.dost.registry.ocop.OcopTestData.create;
import static vn.dost.registry.ocop.OcopTestData.ids;
import static vn.dost.registry.ocop.OcopTestData.marker;
import static vn.dost.registry.ocop.OcopTestData.product;
import static vn.dost.registry.ocop.OcopTestData.withHolder;

/** Who reads and writes which OCOP products, and how lists filter and order them. */
@RegistryIntegrationTest
@SuppressWarnings("unchecked")
class OcopProductAccessIntegrationTests {

	@Autowired
	WebTestClient client;

	WebTestClient admin;

	@BeforeEach
	void setUp() {
		this.admin = TestUsers.admin(this.client);
	}

	@Test
	void officerWritesProductsOfTheirProvincesIncludingFormerOnesOnly() {
		WebTestClient officer = TestUsers.officer(this.client, "ocop-officer-kh", "Khánh Hòa");
		String marker = marker();
		Map<String, Object> ninhThuan = product("Nho " + marker, "Ninh Thuận", 4);
		String own = create(officer, ninhThuan);
		officer.post()
			.uri(PRODUCTS)
			.bodyValue(product("Cốm " + marker, "Hà Nội", 4))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/forbidden");
		String foreign = create(this.admin, product("Cốm làng Vòng " + marker, "Hà Nội", 4));
		officer.get().uri(PRODUCTS + "/{id}", foreign).exchange().expectStatus().isOk();
		OcopTestData.put(officer, foreign, "\"0\"", product("Cốm " + marker, "Khánh Hòa", 4))
			.expectStatus()
			.isForbidden();
		OcopTestData.recertify(officer, foreign, "\"0\"", 5, MutableClock.START).expectStatus().isForbidden();
		OcopTestData.put(officer, own, "\"0\"", product("Nho " + marker, "Hà Nội", 4)).expectStatus().isForbidden();
		OcopTestData.put(officer, own, "\"0\"", TestData.with(ninhThuan, "stars", 5))
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"");
		OcopTestData.recertify(officer, own, "\"1\"", 5, MutableClock.START).expectStatus().isOk();
		OcopTestData.search(this.admin, marker)
			.jsonPath("$.totalItems")
			.isEqualTo(2)
			.jsonPath("$.items[*].province")
			.value(provinces -> assertThat((List<Object>) provinces).containsExactly("Hà Nội", "Ninh Thuận"));
	}

	@Test
	void holderUserReadsOnlyItsOwnProductsAndWritesNone() {
		String marker = marker();
		String ownHolder = TestData.holder(this.admin, "Hợp tác xã Nón lá " + marker, "Huế");
		String otherHolder = TestData.holder(this.admin, "Hợp tác xã Tranh " + marker, "Huế");
		Map<String, Object> ownBody = withHolder(product("Nón lá " + marker, "Huế", 3), ownHolder);
		String own = create(this.admin, ownBody);
		String other = create(this.admin, withHolder(product("Tranh " + marker, "Huế", 3), otherHolder));
		create(this.admin, product("Mè xửng " + marker, "Huế", 3));
		WebTestClient user = TestUsers.holder(this.client, "ocop-holder-" + TestData.serial(), ownHolder);
		user.get().uri(PRODUCTS + "/{id}", own).exchange().expectStatus().isOk();
		user.get().uri(PRODUCTS + "/{id}/history", own).exchange().expectStatus().isOk();
		user.get()
			.uri(PRODUCTS + "/{id}", other)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/forbidden");
		user.get().uri(PRODUCTS + "/{id}/history", other).exchange().expectStatus().isForbidden();
		user.get()
			.uri(PRODUCTS + "?size=200")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(1)
			.jsonPath("$.items[0].id")
			.isEqualTo(own);
		user.get()
			.uri(uri -> uri.path(PRODUCTS).queryParam("holderId", "{id}").build(otherHolder))
			.exchange()
			.expectStatus()
			.isForbidden();
		user.post().uri(PRODUCTS).bodyValue(ownBody).exchange().expectStatus().isForbidden();
		OcopTestData.put(user, own, "\"0\"", TestData.with(ownBody, "stars", 5)).expectStatus().isForbidden();
		OcopTestData.recertify(user, own, "\"0\"", 5, MutableClock.START).expectStatus().isForbidden();
		this.admin.get()
			.uri(uri -> uri.path(PRODUCTS).queryParam("holderId", "{id}").build(otherHolder))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(1)
			.jsonPath("$.items[0].id")
			.isEqualTo(other);
	}

	@Test
	void findsWithoutDiacriticsOverNameProducerAndCommuneInVietnameseOrder() {
		String marker = marker();
		Map<String, Object> first = product("Đường phèn " + marker, "Quảng Ngãi", 3);
		first.put("producerName", "Cơ sở Ánh Dương");
		Map<String, Object> second = product("Dưa hấu " + marker, "Quảng Ngãi", 3);
		second.put("commune", "Bình Châu");
		String sugar = create(this.admin, first);
		String melon = create(this.admin, second);
		String other = create(this.admin, product("Ớt " + marker, "Kon Tum", 3));
		assertThat(searched(marker.toUpperCase())).containsExactly(melon, sugar, other);
		assertThat(searched("duong phen " + marker)).containsExactly(sugar);
		assertThat(searched("CO SO ANH " + marker)).containsExactly(sugar);
		assertThat(searched("binh chau " + marker)).containsExactly(melon);
		this.admin.get()
			.uri(uri -> uri.path(PRODUCTS)
				.queryParam("q", "{q}")
				.queryParam("size", 2)
				.queryParam("page", 1)
				.build(marker))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[*].id")
			.value(found -> assertThat((List<Object>) found).containsExactly(other))
			.jsonPath("$.page")
			.isEqualTo(1)
			.jsonPath("$.size")
			.isEqualTo(2)
			.jsonPath("$.totalItems")
			.isEqualTo(3)
			.jsonPath("$.totalPages")
			.isEqualTo(2);
	}

	@Test
	void filtersByProvinceUnderFormerOrCurrentName() {
		String marker = marker();
		String dakNong = create(this.admin, product("Cà phê " + marker + " a", "Đắk Nông", 3));
		String binhThuan = create(this.admin, product("Thanh long " + marker + " b", "Bình Thuận", 3));
		String lamDong = create(this.admin, product("Atiso " + marker + " c", "Lâm Đồng", 3));
		create(this.admin, product("Nước mắm " + marker + " d", "Khánh Hòa", 3));
		assertThat(listed(marker, "province", "dak nong")).containsExactly(dakNong);
		assertThat(listed(marker, "province", "Lâm Đồng")).containsExactly(lamDong, dakNong, binhThuan);
		this.admin.get()
			.uri(uri -> uri.path(PRODUCTS).queryParam("province", "{p}").build("Atlantis"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("province");
	}

	@Test
	void filtersByStarsAndExpiry() {
		String marker = marker();
		String old = create(this.admin, product("Miến " + marker + " a", "Bắc Ninh", 4, LocalDate.of(2023, 6, 14)));
		String lastDay = create(this.admin, product("Miến " + marker + " b", "Bắc Ninh", 3, LocalDate.of(2023, 6, 15)));
		String recent = create(this.admin, product("Miến " + marker + " c", "Bắc Ninh", 4));
		assertThat(listed(marker, "stars", 4)).containsExactly(old, recent);
		assertThat(listed(marker, "expiringBefore", "2026-06-15")).containsExactly(old);
		assertThat(listed(marker, "expiringBefore", "2026-06-16")).containsExactly(old, lastDay);
		for (String stars : List.of("2", "6", "many")) {
			this.admin.get()
				.uri(uri -> uri.path(PRODUCTS).queryParam("stars", "{s}").build(stars))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("stars");
		}
	}

	// --- helpers

	/** The ids the listing answers for the search text, in order. */
	private List<String> searched(String q) {
		return ids(this.admin, uri -> uri.queryParam("q", "{q}"), q);
	}

	/**
	 * The ids the listing answers for this test's marker and one more parameter, in
	 * order.
	 */
	private List<String> listed(String marker, String parameter, Object value) {
		return ids(this.admin, uri -> uri.queryParam("q", "{q}").queryParam(parameter, "{value}"), marker, value);
	}

}
