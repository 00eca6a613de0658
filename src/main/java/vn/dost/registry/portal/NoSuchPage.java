package vn.dost.registry.portal;

/**
 * An address under {@code /portal/} that no page answers: the portal's not-found page,
 * not an API problem.
 */
class NoSuchPage extends RuntimeException {

	NoSuchPage() {
		super(null, null, false, false);
	}

}
