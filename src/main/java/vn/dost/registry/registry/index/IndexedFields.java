package vn.dost.registry.registry.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.convert.MongoConverter;

import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationFacts;
import vn.dost.registry.registry.RegistrationListing;

/**
 * How a title is laid out in the index: folded words to search, exact terms to filter,
 * points for date ranges, doc values to sort, facet values to count, and the stored
 * record (without its history and authorised users) to answer from.
 */
final class IndexedFields {

	static final String ID = "id";

	/** Every searchable word: name, sign, aliases, product, holder, area, numbers. */
	static final String TEXT = "text";

	/**
	 * The words of the name, sign and aliases: a match here ranks higher, and suggestions
	 * come from it.
	 */
	static final String NAME = "name";

	static final String TYPE = "type";

	/**
	 * The status as stored; a mark lapsed since the last sweep is corrected at query
	 * time.
	 */
	static final String STATUS = "status";

	/** Every province name, former and current, the title is found under. */
	static final String PROVINCE = "province";

	static final String CURRENT_PROVINCE = "currentProvince";

	static final String PRODUCT_GROUP = "productGroup";

	static final String HOLDER = "holderId";

	static final String INCOMPLETE = "incomplete";

	static final String PUBLIC = "public";

	static final String DATA_ISSUE = "dataIssue";

	static final String GRANT_YEAR = "grantYear";

	static final String GRACE_ENDS = "graceEnds";

	static final String EXPIRY = "expiryDate";

	/**
	 * The days the rights of the title's authorised users end (any status), to find the
	 * titles whose users' rights fall due without reading every stored record.
	 */
	static final String USER_ENDS = "userValidUntil";

	static final String GRANT_DATE = "grantDate";

	static final String NAME_SORT = "nameSort";

	/** When the title last changed, in milliseconds: the dashboard's recent changes. */
	static final String UPDATED_AT = "updatedAt";

	/**
	 * The order in which the index took each title's latest record: of titles changed at
	 * the same instant, the one written last is the newer.
	 */
	static final String WRITTEN = "written";

	static final String SOURCE = "source";

	private static final int LOGGED_REASONS = 20;

	private static final Logger log = LoggerFactory.getLogger(IndexedFields.class);

	/** The facet dimensions, in the order responses show them. */
	static final List<String> DIMENSIONS = List.of(TYPE, STATUS, CURRENT_PROVINCE, PRODUCT_GROUP, DATA_ISSUE,
			GRANT_YEAR);

	/**
	 * Reads a listing back from the record the index stores (the database's record
	 * without history and authorised users). Stored fields a listing does not need are
	 * skipped by name; any other field makes the record read by the converter instead.
	 */
	static final RecordDecoder<RegistrationListing> LISTINGS = new RecordDecoder<>(RegistrationListing.class,
			Map.of("id", "_id", "storedStatus", "status"),
			Set.of("_class", "renewals", "applicationKey", "registrationKey"));

	private final MongoConverter converter;

	private final Codec<org.bson.Document> codec;

	private final FacetsConfig facets = new FacetsConfig();

	/**
	 * The reasons logged why a stored record was read by the converter (at most
	 * {@value #LOGGED_REASONS}).
	 */
	private final Set<String> unreadable = ConcurrentHashMap.newKeySet();

	IndexedFields(MongoConverter converter) {
		this.converter = converter;
		this.codec = converter.getCodecRegistry().get(org.bson.Document.class);
		this.facets.setMultiValued(CURRENT_PROVINCE, true);
		this.facets.setMultiValued(DATA_ISSUE, true);
	}

	/**
	 * The listing back from the bytes stored in the index, by {@link #LISTINGS}; a record
	 * it cannot read (a field or a type it does not know: written by a newer version of
	 * the service, or by hand) is read by Spring Data's converter instead, and the first
	 * few such reasons are logged.
	 */
	RegistrationListing read(BytesRef source) {
		try (BsonBinaryReader reader = new BsonBinaryReader(buffer(source))) {
			return LISTINGS.read(reader);
		}
		catch (RuntimeException ex) {
			if (this.unreadable.size() < LOGGED_REASONS && this.unreadable.add(String.valueOf(ex.getMessage()))) {
				log.warn("A title's stored record was read by the generic converter: {}", ex.toString());
			}
			try (BsonBinaryReader reader = new BsonBinaryReader(buffer(source))) {
				return this.converter
					.read(Registration.class, this.codec.decode(reader, DecoderContext.builder().build()))
					.listing();
			}
		}
	}

	private static ByteBuffer buffer(BytesRef source) {
		return ByteBuffer.wrap(source.bytes, source.offset, source.length);
	}

	/**
	 * The index document of the bytes the index stores of a record (see {@link #source}),
	 * the listing read from them, and the stored record itself (for what the index's own
	 * record of the title leaves out).
	 */
	Document document(BytesRef source, RegistrationListing listing, org.bson.Document stored) {
		RegistrationFacts facts = listing.facts();
		Document doc = new Document();
		doc.add(new StringField(ID, listing.id(), Field.Store.YES));
		doc.add(new SortedDocValuesField(ID, new BytesRef(listing.id())));
		doc.add(new TextField(TEXT, String.join(" ", texts(facts)), Field.Store.NO));
		doc.add(new TextField(NAME, String.join(" ", names(facts)), Field.Store.NO));
		keyword(doc, TYPE, listing.type().name());
		keyword(doc, STATUS, listing.storedStatus().name());
		listing.provinceKeys().forEach(province -> doc.add(new StringField(PROVINCE, province, Field.Store.NO)));
		facts.currentProvinces().forEach(province -> facet(doc, CURRENT_PROVINCE, province));
		if (facts.productGroup() != null) {
			keyword(doc, PRODUCT_GROUP, facts.productGroup().name());
		}
		if (facts.holderId() != null) {
			doc.add(new StringField(HOLDER, facts.holderId(), Field.Store.NO));
		}
		doc.add(new StringField(INCOMPLETE, String.valueOf(!listing.dataIssues().isEmpty()), Field.Store.NO));
		doc.add(new StringField(PUBLIC, String.valueOf(facts.publicListing()), Field.Store.NO));
		listing.dataIssues().forEach(issue -> facet(doc, DATA_ISSUE, issue));
		if (facts.grantDate() != null) {
			facet(doc, GRANT_YEAR, String.valueOf(facts.grantDate().getYear()));
			doc.add(new NumericDocValuesField(GRANT_DATE, facts.grantDate().toEpochDay()));
		}
		day(doc, GRACE_ENDS, listing.graceEnds());
		day(doc, EXPIRY, listing.expiryDate());
		doc.add(new SortedDocValuesField(NAME_SORT, new BytesRef(listing.nameSortKey())));
		if (listing.updatedAt() != null) {
			doc.add(new NumericDocValuesField(UPDATED_AT, listing.updatedAt().toEpochMilli()));
		}
		userEnds(doc, stored);
		doc.add(new StoredField(SOURCE, source));
		return build(doc);
	}

	private Document build(Document doc) {
		try {
			return this.facets.build(doc);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> texts(RegistrationFacts f) {
		List<String> texts = new ArrayList<>(names(f));
		Stream.of(f.product(), f.holderName(), f.area(), f.applicationNumber(), f.registrationNumber())
			.filter(text -> text != null)
			.forEach(texts::add);
		return texts;
	}

	private static List<String> names(RegistrationFacts f) {
		List<String> names = new ArrayList<>();
		names.add(f.name());
		if (f.sign() != null) {
			names.add(f.sign());
		}
		names.addAll(f.aliases());
		return names;
	}

	/** An exact term to filter on and a facet value to count. */
	private static void keyword(Document doc, String field, String value) {
		doc.add(new StringField(field, value, Field.Store.NO));
		facet(doc, field, value);
	}

	private static void facet(Document doc, String dimension, String value) {
		doc.add(new SortedSetDocValuesFacetField(dimension, value));
	}

	/**
	 * A day as a point (ranges) and a doc value (sorting), counted in days since
	 * 1970-01-01.
	 */
	private static void day(Document doc, String field, LocalDate day) {
		if (day != null) {
			doc.add(new LongPoint(field, day.toEpochDay()));
			doc.add(new NumericDocValuesField(field, day.toEpochDay()));
		}
	}

	/**
	 * The bytes the index stores of a record: its BSON without history and authorised
	 * users.
	 */
	BytesRef source(org.bson.Document stored) {
		return new BytesRef(bytes(withoutHistory(stored)));
	}

	/**
	 * Adds the days the authorised users' rights end, read from the stored record (the
	 * index's own record of the title leaves the users out).
	 */
	private static void userEnds(Document doc, org.bson.Document stored) {
		if (stored.get("authorisedUsers") instanceof List<?> users) {
			for (Object user : users) {
				Object day = user instanceof org.bson.Document fields ? fields.get("validUntil") : null;
				// a LocalDate in a record just written, a Date in one read back
				if (day instanceof LocalDate local) {
					doc.add(new LongPoint(USER_ENDS, local.toEpochDay()));
				}
				else if (day instanceof Date read) {
					doc.add(new LongPoint(USER_ENDS, RecordDecoder.epochDay(read.getTime())));
				}
			}
		}
	}

	private static org.bson.Document withoutHistory(org.bson.Document stored) {
		org.bson.Document copy = new org.bson.Document(stored);
		copy.remove("history");
		copy.remove("authorisedUsers");
		return copy;
	}

	private byte[] bytes(org.bson.Document document) {
		BasicOutputBuffer buffer = new BasicOutputBuffer();
		try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
			this.codec.encode(writer, document, EncoderContext.builder().build());
		}
		return buffer.toByteArray();
	}

}
