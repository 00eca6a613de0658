package vn.dost.registry.portal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

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
