package vn.dost.registry.portal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.dost.registry.registry.PublicAuthorisedUsers;

/**
 * The portal's addresses, relative for links inside a page and absolute (public base URL)
 * for canonical ones.
 */
@Component
public class PortalLinks {

	static final String HOME = "/portal";

	static final String RECORDS = "/portal/registrations/";

	private final String base;

	PortalLinks(@Value("${registry.public-base-url:http://localhost:8080}") String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** The links of a page in one language; the language is carried on every one. */
	Language in(boolean english) {
		return new Language(english ? "en" : null);
	}

	String absolute(String path) {
		return this.base + path;
	}

	/** Links within one language. */
	public final class Language {

		private final String lang;

		Language(String lang) {
			this.lang = lang;
		}

		public String home() {
			return with(HOME);
		}

		public String record(String id) {
			return with(RECORDS + id);
		}

		public String sheet(String id) {
			return RECORDS + id + "/summary.pdf";
		}

		public String feed() {
			return with("/portal/feed.atom");
		}

		/** The authorised users' lookup page. */
		public String check() {
			return with(PublicAuthorisedUsers.CHECK_PATH);
		}

		/** The lookup of one title's authorised users. */
		public String checkTitle(String titleId) {
			Map<String, Object> params = new LinkedHashMap<>();
			params.put("titleId", titleId);
			params.put("lang", this.lang);
			return PortalQuery.link(PublicAuthorisedUsers.CHECK_PATH, params);
		}

		/** A portal address in this language: a verdict page's, relative to the base. */
		public String page(String path) {
			return with(path);
		}

		public String canonicalRecord(String id) {
			return absolute(record(id));
		}

		public String canonicalHome() {
			return absolute(home());
		}

		private String with(String path) {
			Map<String, Object> params = new LinkedHashMap<>();
			params.put("lang", this.lang);
			return PortalQuery.link(path, params);
		}

	}

}
