package vn.dost.registry.portal;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.dost.registry.registry.AuthorisedUserQuery;
import vn.dost.registry.registry.AuthorisedUserStatus;
import vn.dost.registry.registry.PublicAuthorisedUsers;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.shared.PageRequest;

/**
 * What the authorised users' lookup page was asked for: the words, filters, one title,
 * the page and the language, and the links to the same lookup on another page or in the
 * other language.
 */
public record CheckQuery(String q, AuthorisedUserStatus status, String province, RegistrationType type, String titleId,
		int page, boolean english) {

	/** Users per page of the lookup. */
	static final int PAGE_SIZE = 20;

	AuthorisedUserQuery toQuery() {
		return new AuthorisedUserQuery(this.q, this.status, this.province, this.type, this.titleId);
	}

	PageRequest pageRequest() {
		return new PageRequest(this.page, PAGE_SIZE);
	}

	/** This lookup on another page. */
	String pageLink(int other) {
		Map<String, Object> params = params(other);
		params.put("lang", this.english ? "en" : null);
		return PortalQuery.link(PublicAuthorisedUsers.CHECK_PATH, params);
	}

	/** This lookup in the other language. */
	String otherLanguage() {
		Map<String, Object> params = params(this.page);
		params.put("lang", this.english ? null : "en");
		return PortalQuery.link(PublicAuthorisedUsers.CHECK_PATH, params);
	}

	private Map<String, Object> params(int onPage) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("q", this.q == null || this.q.isBlank() ? null : this.q);
		params.put("status", this.status);
		params.put("province", this.province == null || this.province.isBlank() ? null : this.province);
		params.put("type", this.type);
		params.put("titleId", this.titleId == null || this.titleId.isBlank() ? null : this.titleId);
		params.put("page", onPage == 0 ? null : onPage);
		return params;
	}

}
