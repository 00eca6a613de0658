package vn.dost.registry.registry;

import vn.dost.registry.shared.Conflict;

/** Another title of the same type already has this application or registration number. */
public class DuplicateNumber extends Conflict {

	public DuplicateNumber(String field) {
		super("duplicate-number", field);
	}

}
