package vn.dost.registry.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.MutableClock;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.registry.Registration;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's figures equal what a direct query of the database counts. */
@RegistryIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@SuppressWarnings("unchecked")
class StatsIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Test
	void figuresForTheWholeRegistryEqualADirectCountOfTheStoredTitles() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "Hội thống kê " + TestData.serial(), "Quảng Trị");
		TestData.create(admin, TestData.grantedMark(holder, "Quảng Bình", LocalDate.of(2010, 2, 1)));
		TestData.create(admin, TestData.markFiling(holder, "Quảng Trị"));
		assertFiguresMatch(admin, null, registration -> true);
	}

	@Test
	void figuresForAProvinceCountItsFormerProvincesToo() {
		WebTestClient admin = TestUsers.admin(this.client);
		assertFiguresMatch(admin, "Quảng Trị", registration -> registration.getProvinceKeys().contains("Quảng Trị"));
		assertFiguresMatch(admin, "Khánh Hòa", registration -> registration.getProvinceKeys().contains("Khánh Hòa"));
	}

	@Test
	void anOfficerReadsTheFiguresOfAnotherProvinceAsTheyReadItsListing() {
		WebTestClient officer = TestUsers.officer(this.client, "officer-stats-" + TestData.serial(), "Quảng Trị");
		assertFiguresMatch(officer, "Khánh Hòa", registration -> registration.getProvinceKeys().contains("Khánh Hòa"));
		officer.get().uri("/api/v1/registrations?province=Khánh Hòa").exchange().expectStatus().isOk();
	}

	@Test
	void anUnknownProvinceIsA400ThatLogsNoError(CapturedOutput output) {
		int before = output.getAll().length();
		TestUsers.admin(this.client)
			.get()
			.uri("/api/v1/stats?province=Atlantis")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("province");
		String logged = output.getAll().substring(before);
		assertThat(logged).doesNotContain("ERROR").doesNotContain("Exception");
	}

	private void assertFiguresMatch(WebTestClient admin, String province, Predicate<Registration> in) {
		Map<String, Object> stats = admin.get()
			.uri(uri -> uri.path("/api/v1/stats")
				.queryParamIfPresent("province", java.util.Optional.ofNullable(province))
				.build())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.clock.getZone());
		this.mongo.findAll(Registration.class)
			.filter(in::test)
			.collectList()
			.as(StepVerifier::create)
			.assertNext(titles -> {
				assertThat(((Number) stats.get("totalTitles")).longValue())
					.as("titles: granted, or granted once; not applications")
					.isEqualTo(titles.stream().filter(title -> title.statusOn(today).isTitle()).count());
				Map<String, Map<String, Long>> byTypeAndStatus = new TreeMap<>();
				Map<String, Long> byProvince = new TreeMap<>();
				Map<String, Long> perYear = new TreeMap<>();
				Map<String, Long> issues = new TreeMap<>();
				for (Registration title : titles) {
					byTypeAndStatus.computeIfAbsent(title.getType().name(), type -> new TreeMap<>())
						.merge(title.statusOn(today).name(), 1L, Long::sum);
					title.getFacts().currentProvinces().forEach(current -> byProvince.merge(current, 1L, Long::sum));
					if (title.getFacts().grantDate() != null) {
						perYear.merge(String.valueOf(title.getFacts().grantDate().getYear()), 1L, Long::sum);
					}
					title.getDataIssues().forEach(issue -> issues.merge(issue, 1L, Long::sum));
				}
				Map<String, Map<String, Number>> shown = (Map<String, Map<String, Number>>) stats
					.get("byTypeAndStatus");
				byTypeAndStatus.forEach((type, statuses) -> assertThat(longs(shown.get(type))).isEqualTo(statuses));
				assertThat(longs((Map<String, Number>) stats.get("byCurrentProvince"))).isEqualTo(byProvince);
				assertThat(longs((Map<String, Number>) stats.get("grantedPerYear"))).isEqualTo(perYear);
				assertThat(longs((Map<String, Number>) stats.get("dataIssues"))).isEqualTo(issues);
			})
			.verifyComplete();
		for (int stars = 3; stars <= 5; stars++) {
			Criteria products = Criteria.where("facts.stars").is(stars);
			long expected = countOcop(
					province == null ? products : products.and("facts.currentProvinces").is(province));
			assertThat(((Map<String, Number>) stats.get("ocopByStars")).get(String.valueOf(stars)).longValue())
				.isEqualTo(expected);
		}
		Map<String, Number> months = (Map<String, Number>) stats.get("deadlinesByMonth");
		assertThat(months).hasSize(12).containsKey(today.toString().substring(0, 7));
	}

	private long countOcop(Criteria criteria) {
		long[] count = new long[1];
		this.mongo.count(Query.query(criteria), "ocop_products")
			.as(StepVerifier::create)
			.assertNext(found -> count[0] = found)
			.verifyComplete();
		return count[0];
	}

	private static Map<String, Long> longs(Map<String, Number> counts) {
		Map<String, Long> copy = new TreeMap<>();
		counts.forEach((key, value) -> copy.put(key, value.longValue()));
		return copy;
	}

}
