package vn.dost.registry.registry.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import vn.dost.registry.shared.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page found segment by segment is exactly Lucene's own sorting of a listing's order —
 * {@code Sort(score, name, id)}, by a day then name and id (newest grant first, soonest
 * expiry first, titles without the day last), by name and id: same titles, same order,
 * whatever the segments, the ties on the first key and on name.
 */
class RankedTopTests {

	@Test
	void findsTheSamePageAsLuceneSortsEachListingOrderOverManySegments() throws IOException {
		Random random = new Random(20261129);
		List<String> names = List.of("an", "ăn", "âm", "ba", "dừa", "đu đủ", "ơn", "ưu");
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory,
						new IndexWriterConfig(new WhitespaceAnalyzer()).setIndexSort(IndexQueries.NAME_ORDER)
							.setMergePolicy(NoMergePolicy.INSTANCE))) {
			for (int i = 0; i < 600; i++) {
				Document doc = new Document();
				String name = names.get(random.nextInt(names.size()));
				doc.add(new SortedDocValuesField(IndexedFields.NAME_SORT,
						new BytesRef(VietnameseText.collationKey(name))));
				if (random.nextInt(4) > 0) {
					// few distinct days, some titles without: many ties
					doc.add(new NumericDocValuesField(IndexedFields.GRANT_DATE, 20_000 + random.nextInt(30)));
				}
				if (random.nextInt(3) > 0) {
					doc.add(new NumericDocValuesField(IndexedFields.EXPIRY, 21_000 + random.nextInt(30)));
				}
				doc.add(new SortedDocValuesField(IndexedFields.ID,
						new BytesRef(String.format("id-%04d", random.nextInt(10_000)))));
				// few distinct texts: many titles tie on score, some score higher
				doc.add(new TextField(IndexedFields.TEXT,
						"sau rieng" + " rieng".repeat(random.nextInt(3)) + " khanh son".repeat(random.nextInt(2)),
						Field.Store.NO));
				writer.addDocument(doc);
				if (i % 97 == 0) {
					writer.commit();
				}
			}
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(4);
				IndexSearcher searcher = new IndexSearcher(reader);
				Query query = new TermQuery(new Term(IndexedFields.TEXT, "rieng"));
				for (String order : IndexQueries.SORTS) {
					Sort sort = IndexQueries.sort(order, true);
					for (int wanted : new int[] { 1, 7, 20, 100, 600 }) {
						ScoreDoc[] expected = searcher.search(query, wanted, sort, true).scoreDocs;
						ScoreDoc[] found = searcher.search(query, RankedTop.of(sort, wanted));
						assertThat(docs(found)).as("%s, page of %d", order, wanted).containsExactly(docs(expected));
					}
				}
			}
		}
	}

	private static Integer[] docs(ScoreDoc[] hits) {
		return Arrays.stream(hits).map(hit -> hit.doc).toArray(Integer[]::new);
	}

}
