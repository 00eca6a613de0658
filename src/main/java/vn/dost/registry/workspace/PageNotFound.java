package vn.dost.registry.workspace;

/**
 * Nothing to show at this address (an unknown path under {@code /app}, or an id a page
 * cannot find): the workspace's 404 page.
 */
public class PageNotFound extends RuntimeException {

	public PageNotFound() {
		super(null, null, false, false);
	}

}
