package vn.dost.registry.ocop;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestUsers;
import vn.dost.registry.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dost.registry.ocop.OcopTestData.create;
import static vn.dost.registry.ocop.OcopTestData.marker;
import static vn.dost.registry.ocop.OcopTestData.product;

/**
 * The public API other features use: certificates running out, and counts by star rating.
 */
@RegistryIntegrationTest
class OcopProductsIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	OcopProducts products;

	@Autowired
	ReactiveMongoTemplate mongo;

	WebTestClient admin;

	@BeforeEach
	void setUp() {
		this.admin = TestUsers.admin(this.client);
	}

	@Test
	void countsByStarsUnderTheCurrentProvinceWhateverNameIsGiven() {
		create(this.admin, product("Chè Shan tuyết " + marker(), "Hà Giang", 3));
		create(this.admin, product("Cam sành " + marker(), "Tuyên Quang", 4));
		create(this.admin, product("Mật ong bạc hà " + marker(), "ha giang", 4));
		create(this.admin, product("Tương nếp " + marker(), "Lào Cai", 5));
		Map<Integer, Long> expected = Map.of(3, 1L, 4, 2L, 5, 0L);
		this.products.countByStars("Hà Giang")
			.as(StepVerifier::create)
			.assertNext(counts -> assertThat(counts).isEqualTo(expected))
			.verifyComplete();
		this.products.countByStars("tỉnh tuyen quang")
			.as(StepVerifier::create)
			.assertNext(counts -> assertThat(counts).isEqualTo(expected))
			.verifyComplete();
		this.products.countByStars("Cà Mau")
			.as(StepVerifier::create)
			.assertNext(counts -> assertThat(counts).isEqualTo(Map.of(3, 0L, 4, 0L, 5, 0L)))
			.verifyComplete();
		Mono.zip(this.products.countByStars(null), this.mongo.count(new Query(), OcopProduct.class))
			.as(StepVerifier::create)
			.assertNext(both -> {
				assertThat(both.getT1().keySet()).containsExactly(3, 4, 5);
				assertThat(both.getT1().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(both.getT2());
				assertThat(both.getT1().get(5)).isPositive();
			})
			.verifyComplete();
		this.products.countByStars("Atlantis").as(StepVerifier::create).expectError(InvalidInput.class).verify();
	}

	@Test
	void findsCertificatesEndingWithinADateRangeBothEndsIncluded() {
		String before = create(this.admin, product("Bánh đa " + marker(), "Nghệ An", 3, LocalDate.of(2022, 10, 3)));
		String first = create(this.admin, product("Bánh gai " + marker(), "Hà Tĩnh", 4, LocalDate.of(2022, 10, 4)));
		String last = create(this.admin, product("Cu đơ " + marker(), "Sơn La", 5, LocalDate.of(2022, 10, 6)));
		create(this.admin, product("Nhút " + marker(), "Nghệ An", 3, LocalDate.of(2022, 10, 7)));
		this.products.validUntilBetween(LocalDate.of(2025, 10, 4), LocalDate.of(2025, 10, 6))
			.as(StepVerifier::create)
			.assertNext(product -> {
				assertThat(product.getId()).isEqualTo(first);
				assertThat(product.getValidUntil()).isEqualTo(LocalDate.of(2025, 10, 4));
				assertThat(product.getCurrentProvinces()).containsExactly("Hà Tĩnh");
				assertThat(product.getStars()).isEqualTo(4);
			})
			.assertNext(product -> assertThat(product.getId()).isEqualTo(last))
			.verifyComplete();
		this.products.validUntilBetween(LocalDate.of(2025, 10, 3), LocalDate.of(2025, 10, 3))
			.map(OcopProduct::getId)
			.as(StepVerifier::create)
			.expectNext(before)
			.verifyComplete();
	}

}
