package vn.dost.registry.workspace;

import java.util.ArrayList;
import java.util.List;

import vn.dost.registry.security.Actor;

/**
 * The workspace's navigation for one user on one page: the entries the user may use, the
 * current one marked.
 */
record Navigation(List<Entry> entries) {

	/**
	 * One entry: its label ({@code app.nav.<key>}), its address, and whether the page
	 * shown is under it.
	 */
	record Entry(String key, String href, boolean current) {
	}

	static Navigation of(Actor actor, String path) {
		List<Entry> entries = new ArrayList<>();
		add(entries, "dashboard", WorkspaceLinks.HOME, path.equals(WorkspaceLinks.HOME));
		add(entries, "registrations", WorkspaceLinks.REGISTRATIONS, path);
		if (actor.readsAll()) {
			add(entries, "holders", WorkspaceLinks.HOLDERS, path);
		}
		else if (actor.holderId() != null) {
			add(entries, "ownHolder", WorkspaceLinks.holder(actor.holderId()), path);
		}
		add(entries, "ocopProducts", WorkspaceLinks.OCOP_PRODUCTS, path);
		if (actor.readsAll()) {
			add(entries, "imports", WorkspaceLinks.IMPORTS, path);
			add(entries, "reports", WorkspaceLinks.REPORTS, path);
		}
		add(entries, "deadlines", WorkspaceLinks.DEADLINES, path);
		if (actor.isAdmin()) {
			add(entries, "users", WorkspaceLinks.USERS, path);
			add(entries, "audit", WorkspaceLinks.AUDIT, path);
		}
		return new Navigation(List.copyOf(entries));
	}

	private static void add(List<Entry> entries, String key, String href, String path) {
		add(entries, key, href, path.equals(href) || path.startsWith(href + "/"));
	}

	private static void add(List<Entry> entries, String key, String href, boolean current) {
		entries.add(new Entry(key, href, current));
	}

}
