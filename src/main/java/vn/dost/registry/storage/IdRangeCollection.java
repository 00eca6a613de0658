package vn.dost.registry.storage;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * A collection of the stock H2 backend that answers a read of the records after a text
 * {@code _id}, in order of {@code _id} ({@code {_id: {$gt: "…"}}} or {@code $gte}, sorted
 * by {@code _id} ascending, any other conditions, a limit), by walking its map from that
 * id: the stock backend reads, filters and sorts every record of the collection for each
 * such query. Batched reads of a whole collection ({@code shared/IdOrderedReads}) cost
 * one pass over it this way, not one per batch. Everything else is the stock backend's.
 * <p>
 * The map orders text keys as {@link String#compareTo} does, and MVStore keeps all text
 * keys together, after every number and before every other kind of key; a range of text
 * ids is therefore one stretch of the map.
 */
final class IdRangeCollection extends H2Collection {

	private static final String ID = "_id";

	private final MVMap<Object, Document> records;

	private final LongAdder read = new LongAdder();

	IdRangeCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> records,
			MVMap<String, Object> meta, CursorRegistry cursors) {
		super(database, name, options, records, meta, cursors);
		this.records = records;
	}

	@Override
	protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
			Document fieldSelector) {
		IdBound bound = IdBound.of(query, orderBy);
		if (bound == null) {
			// the stock scan reads every record
			this.read.add(this.records.sizeAsLong());
			return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}
		// in order already: no sort, so the stream stops once the limit is reached
		return matchDocumentsFromStream(from(bound), query, null, numberToSkip, limit, batchSize, fieldSelector);
	}

	/** The records from the bound on, in order of id, read as the stream is pulled. */
	private Stream<Document> from(IdBound bound) {
		Cursor<Object, Document> cursor = this.records.cursor(bound.id());
		Iterator<Document> records = new Iterator<>() {

			private Document next = advance();

			private Document advance() {
				while (cursor.hasNext()) {
					Object key = cursor.next();
					if (!(key instanceof String id)) {
						// past the last text key: no other kind of id matches a text
						// bound
						return null;
					}
					if (bound.inclusive() || !id.equals(bound.id())) {
						IdRangeCollection.this.read.increment();
						return cursor.getValue();
					}
				}
				return null;
			}

			@Override
			public boolean hasNext() {
				return this.next != null;
			}

			@Override
			public Document next() {
				if (this.next == null) {
					throw new NoSuchElementException();
				}
				Document current = this.next;
				this.next = advance();
				return current;
			}

		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED), false);
	}

	@Override
	protected Document getDocument(Object position) {
		this.read.increment();
		return super.getDocument(position);
	}

	@Override
	protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
		return super.streamAllDocumentsWithPosition().peek(found -> this.read.increment());
	}

	/** How many records were read from the map so far, for the tests of its cost. */
	long recordsRead() {
		return this.read.sum();
	}

	/**
	 * The lower bound of an id range read in order of id, or null for any other query.
	 */
	record IdBound(String id, boolean inclusive) {

		static IdBound of(Document query, Document orderBy) {
			if (orderBy == null || orderBy.size() != 1 || !(orderBy.get(ID) instanceof Number order)
					|| order.intValue() != 1 || !(query.get(ID) instanceof Document range) || range.size() != 1) {
				return null;
			}
			Map.Entry<String, Object> condition = range.entrySet().iterator().next();
			if (!(condition.getValue() instanceof String id)) {
				return null;
			}
			return switch (condition.getKey()) {
				case "$gt" -> new IdBound(id, false);
				case "$gte" -> new IdBound(id, true);
				default -> null;
			};
		}

	}

}
