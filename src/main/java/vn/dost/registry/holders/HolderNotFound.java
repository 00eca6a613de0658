package vn.dost.registry.holders;

import vn.dost.registry.shared.ResourceNotFound;

/** No holder has this id. */
public class HolderNotFound extends ResourceNotFound {

	public HolderNotFound(String id) {
		super("holder", id);
	}

}
