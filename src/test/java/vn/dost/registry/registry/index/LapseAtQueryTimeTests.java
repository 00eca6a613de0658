package vn.dost.registry.registry.index;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.Standing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index filters and counts a mark lapsed since the last sweep as expired at query
 * time, for speed; it must give exactly what {@link Standing#statusOn} gives, on every
 * kind of title and on the days around the end of a grace period.
 */
class LapseAtQueryTimeTests {

	private static final LocalDate GRACE_ENDS = LocalDate.of(2030, 11, 10);

	private final IndexedFields fields = new IndexedFields(
			new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, new MongoMappingContext()));

	private final IndexGeneration index = new IndexGeneration(this.fields, 0);

	private final IndexQueries queries = new IndexQueries(new Provinces());

	private final List<RegistrationListing> titles = new ArrayList<>();

	@AfterEach
	void close() {
		this.index.close();
	}

	@Test
	void theQueryTimeStatusIsTheStandingsStatusOnEveryDayAroundTheEndOfGrace() throws IOException {
		int n = 0;
		for (RegistrationStatus status : RegistrationStatus.values()) {
			put(++n, "COLLECTIVE_MARK", status, GRACE_ENDS);
			put(++n, "COLLECTIVE_MARK", status, GRACE_ENDS.minusYears(1));
			put(++n, "COLLECTIVE_MARK", status, null);
			put(++n, "GEOGRAPHICAL_INDICATION", status, null);
		}
		this.index.refresh();
		for (LocalDate day : List.of(GRACE_ENDS.minusDays(1), GRACE_ENDS, GRACE_ENDS.plusDays(1),
				GRACE_ENDS.plusYears(1))) {
			FacetedSearcher searcher = this.index.acquire();
			try {
				for (RegistrationStatus status : RegistrationStatus.values()) {
					assertThat(found(searcher, status, day)).as("%s on %s", status, day)
						.isEqualTo(expected(status, day));
				}
				FacetsCollector all = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
				Map<String, Long> counted = new FacetCounts().count(searcher, all, day, List.of(IndexedFields.STATUS))
					.get(IndexedFields.STATUS);
				assertThat(new TreeMap<>(counted)).as("counts on %s", day).isEqualTo(expectedCounts(day));
			}
			finally {
				this.index.release(searcher);
			}
		}
	}

	private Set<String> found(FacetedSearcher searcher, RegistrationStatus status, LocalDate day) throws IOException {
		Set<String> ids = new HashSet<>();
		for (ScoreDoc hit : searcher.search(this.queries.status(status, day), 1_000).scoreDocs) {
			ids.add(searcher.storedFields().document(hit.doc).get(IndexedFields.ID));
		}
		return ids;
	}

	private Set<String> expected(RegistrationStatus status, LocalDate day) {
		Set<String> ids = new HashSet<>();
		this.titles.stream().filter(title -> title.statusOn(day) == status).forEach(title -> ids.add(title.id()));
		return ids;
	}

	private Map<String, Long> expectedCounts(LocalDate day) {
		Map<String, Long> counts = new TreeMap<>();
		this.titles.forEach(title -> counts.merge(title.statusOn(day).name(), 1L, Long::sum));
		return counts;
	}

	private void put(int n, String type, RegistrationStatus status, LocalDate graceEnds) {
		Document stored = new Document("_id", "title-" + n).append("version", 1L)
			.append("facts", new Document("type", type).append("name", "Tên " + n).append("publicListing", true))
			.append("status", status.name())
			.append("graceEnds", graceEnds == null ? null : day(graceEnds))
			.append("expiryDate", graceEnds == null ? null : day(graceEnds.minusMonths(6)))
			.append("nameSortKey", String.format("%03d", n));
		this.index.put(stored);
		this.titles.add(this.fields.read(this.fields.source(stored)));
	}

	private static Date day(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

}
