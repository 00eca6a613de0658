package vn.dost.registry.workspace;

import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The workspace's addresses. They are fixed: bookmarks, e-mails and printed reports link
 * to them.
 */
public final class WorkspaceLinks {

	public static final String HOME = "/app";

	public static final String LOGIN = "/app/login";

	public static final String LOGOUT = "/app/logout";

	public static final String ASSETS = "/app/assets/";

	public static final String REGISTRATIONS = "/app/registrations";

	public static final String HOLDERS = "/app/holders";

	public static final String OCOP_PRODUCTS = "/app/ocop-products";

	public static final String IMPORTS = "/app/imports";

	public static final String REPORTS = "/app/reports";

	public static final String DEADLINES = "/app/deadlines";

	public static final String USERS = "/app/users";

	public static final String AUDIT = "/app/audit";

	private WorkspaceLinks() {
	}

	public static String registration(String id) {
		return REGISTRATIONS + "/" + id;
	}

	public static String holder(String id) {
		return HOLDERS + "/" + id;
	}

	/**
	 * The path with the given query parameters, encoded, in their order; null or blank
	 * values are left out.
	 */
	public static String link(String path, Map<String, ?> params) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		params.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				uri.queryParam(name, value.toString());
			}
		});
		return uri.encode().build().toUriString();
	}

}
