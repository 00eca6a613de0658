package vn.dost.registry.portal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.RegistrationQuery;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.shared.PageRequest;

/**
 * What a portal page was asked for: the search words, filters, order, page and language,
 * and the links to the same listing with one of them changed (filters reset the page; the
 * language is kept).
 */
public record PortalQuery(String q, RegistrationType type, RegistrationStatus status, String province,
		ProductGroup productGroup, String sort, int page, int size, boolean english) {

	RegistrationQuery toQuery() {
		return RegistrationQuery.forPublic(this.q, this.type, this.status, this.province, this.productGroup, this.sort);
	}

	PageRequest pageRequest() {
		return new PageRequest(this.page, this.size);
	}

	/**
	 * The language parameter to carry on every link: none for Vietnamese, the default.
	 */
	public String langParam() {
		return this.english ? "en" : null;
	}

	/** This listing on another page. */
	String pageLink(String path, int other) {
		return link(path, params(other, true));
	}

	/** This listing in the other language. */
	String otherLanguage(String path) {
		Map<String, Object> params = params(this.page, false);
		params.put("lang", this.english ? null : "en");
		return link(path, params);
	}

	private Map<String, Object> params(int onPage, boolean withLang) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("q", this.q == null || this.q.isBlank() ? null : this.q);
		params.put("type", this.type);
		params.put("province", this.province == null || this.province.isBlank() ? null : this.province);
		params.put("productGroup", this.productGroup);
		params.put("status", this.status);
		params.put("sort", this.sort == null || this.sort.isBlank() ? null : this.sort);
		params.put("page", onPage == 0 ? null : onPage);
		params.put("lang", withLang ? langParam() : null);
		return params;
	}

	static String link(String path, Map<String, Object> params) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		params.forEach((name, value) -> {
			if (value != null) {
				uri.queryParam(name, value.toString());
			}
		});
		return uri.encode().build().toUriString();
	}

}
