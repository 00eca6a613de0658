package vn.dost.registry.registry.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.registry.AuthorisedUser;
import vn.dost.registry.registry.AuthorisedUserListing;
import vn.dost.registry.registry.AuthorisedUserStatus;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationFacts;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.registry.UsedTitle;
import vn.dost.registry.shared.VietnameseText;

/**
 * How an authorised user is laid out in the users' index: one document per user of a
 * title the public may see, with the words to search (the user's name, commune and code,
 * the title's name, sign and aliases), exact terms to filter, the days its status and the
 * title's standing turn on, and the stored fields a listing shows. Nothing else of the
 * user is indexed: its address, decision and reasons never enter the index.
 */
final class UserFields {

	/** The title a user belongs to: a title's users are replaced together. */
	static final String TITLE_ID = "titleId";

	/** The title's id and the user's, which orders users tied on everything else. */
	static final String KEY = "key";

	/** Every searchable word; the same field name as the titles' index. */
	static final String TEXT = IndexedFields.TEXT;

	/**
	 * The words of the user's name and code: a match here ranks higher (the titles'
	 * index's field name, which {@link IndexQueries#text} boosts).
	 */
	static final String NAME = IndexedFields.NAME;

	/**
	 * The status as stored; an active right past its end reads as expired at query time.
	 */
	static final String STATUS = "status";

	static final String VALID_UNTIL = "validUntil";

	/**
	 * The title's grace end: a mark past it is no longer granted, nor are its users
	 * listed.
	 */
	static final String GRACE_ENDS = "graceEnds";

	static final String TYPE = "type";

	/** Every province name, former and current, the user is found under. */
	static final String PROVINCE = "province";

	/** The 2025 province a user is counted under. */
	static final String PROVINCE_FACET = "provinceFacet";

	static final String NAME_SORT = "nameSort";

	private static final String USER_ID = "userId";

	private static final String USER_NAME = "userName";

	private static final String COMMUNE = "commune";

	private static final String USER_PROVINCE = "userProvince";

	private static final String CODE = "code";

	private static final String GRANTED_ON = "grantedOn";

	private static final String STATUS_SINCE = "statusSince";

	private static final String TITLE_NAME = "titleName";

	private static final String TITLE_SIGN = "titleSign";

	private final Provinces provinces;

	UserFields(Provinces provinces) {
		this.provinces = provinces;
	}

	/**
	 * Whether the public may see the title's users: marked public and stored as granted
	 * (a mark lapsed since the last sweep is left out at query time).
	 */
	static boolean listed(Registration title) {
		return title.getFacts().publicListing() && title.getStoredStatus() == RegistrationStatus.GRANTED;
	}

	/** The index documents of the title's users; none unless the public may see them. */
	List<Document> documents(Registration title) {
		if (!listed(title)) {
			return List.of();
		}
		List<Document> documents = new ArrayList<>();
		for (AuthorisedUser user : title.getAuthorisedUsers()) {
			documents.add(document(title, user));
		}
		return documents;
	}

	private Document document(Registration title, AuthorisedUser user) {
		RegistrationFacts facts = title.getFacts();
		Document doc = new Document();
		String key = title.getId() + "/" + user.id();
		doc.add(new StringField(TITLE_ID, title.getId(), Field.Store.YES));
		doc.add(new SortedDocValuesField(KEY, new BytesRef(key)));
		doc.add(new TextField(NAME, joined(user.name(), user.code()), Field.Store.NO));
		List<String> words = new ArrayList<>(
				List.of(joined(user.name(), user.commune(), user.code(), facts.name(), facts.sign())));
		words.addAll(facts.aliases());
		doc.add(new TextField(TEXT, String.join(" ", words), Field.Store.NO));
		doc.add(new StringField(STATUS, user.status().name(), Field.Store.YES));
		doc.add(new SortedDocValuesField(STATUS, new BytesRef(user.status().name())));
		day(doc, VALID_UNTIL, user.validUntil());
		if (title.getGraceEnds() != null) {
			doc.add(new LongPoint(GRACE_ENDS, title.getGraceEnds().toEpochDay()));
		}
		doc.add(new StringField(TYPE, facts.type().name(), Field.Store.YES));
		provinceKeys(title, user).forEach(name -> doc.add(new StringField(PROVINCE, name, Field.Store.NO)));
		String counted = countedProvince(title, user);
		if (counted != null) {
			doc.add(new SortedDocValuesField(PROVINCE_FACET, new BytesRef(counted)));
		}
		doc.add(new SortedDocValuesField(NAME_SORT, new BytesRef(VietnameseText.collationKey(user.name()))));
		stored(doc, USER_ID, user.id());
		stored(doc, USER_NAME, user.name());
		stored(doc, COMMUNE, user.commune());
		stored(doc, USER_PROVINCE, user.province());
		stored(doc, CODE, user.code());
		storedDay(doc, GRANTED_ON, user.grantedOn());
		storedDay(doc, STATUS_SINCE, user.statusSince());
		stored(doc, TITLE_NAME, facts.name());
		stored(doc, TITLE_SIGN, facts.sign());
		return doc;
	}

	/**
	 * The user's province (as stored and the 2025 one covering it), or the title's when
	 * the user has none.
	 */
	private Set<String> provinceKeys(Registration title, AuthorisedUser user) {
		if (user.province() == null) {
			return new LinkedHashSet<>(title.getProvinceKeys());
		}
		Set<String> keys = new LinkedHashSet<>();
		keys.add(user.province());
		this.provinces.currentOf(user.province()).ifPresent(keys::add);
		return keys;
	}

	private String countedProvince(Registration title, AuthorisedUser user) {
		if (user.province() != null) {
			return this.provinces.currentOf(user.province()).orElse(user.province());
		}
		List<String> current = title.getFacts().currentProvinces();
		return current.isEmpty() ? null : current.get(0);
	}

	/**
	 * The listing of a stored user document: the user's public part and its title, stored
	 * as granted (users of no other title are indexed).
	 */
	static AuthorisedUserListing listing(Document stored) {
		LocalDate validUntil = day(stored.getField(VALID_UNTIL));
		AuthorisedUser user = new AuthorisedUser(stored.get(USER_ID), stored.get(USER_NAME), null, stored.get(COMMUNE),
				stored.get(USER_PROVINCE), stored.get(CODE), null, day(stored.getField(GRANTED_ON)), validUntil,
				AuthorisedUserStatus.valueOf(stored.get(STATUS)), null, day(stored.getField(STATUS_SINCE)));
		UsedTitle title = new UsedTitle(stored.get(TITLE_ID), stored.get(TITLE_NAME),
				RegistrationType.valueOf(stored.get(TYPE)), stored.get(TITLE_SIGN), RegistrationStatus.GRANTED);
		return new AuthorisedUserListing(user, title);
	}

	private static String joined(String... texts) {
		List<String> given = new ArrayList<>();
		for (String text : texts) {
			if (text != null) {
				given.add(text);
			}
		}
		return String.join(" ", given);
	}

	private static void stored(Document doc, String field, String value) {
		if (value != null) {
			doc.add(new StoredField(field, value));
		}
	}

	private static void storedDay(Document doc, String field, LocalDate day) {
		if (day != null) {
			doc.add(new StoredField(field, day.toEpochDay()));
		}
	}

	/** A day to filter by (a point), count by (a doc value) and show (stored). */
	private static void day(Document doc, String field, LocalDate day) {
		if (day != null) {
			doc.add(new LongPoint(field, day.toEpochDay()));
			doc.add(new NumericDocValuesField(field, day.toEpochDay()));
			doc.add(new StoredField(field, day.toEpochDay()));
		}
	}

	private static LocalDate day(IndexableField field) {
		return field == null ? null : LocalDate.ofEpochDay(field.numericValue().longValue());
	}

}
