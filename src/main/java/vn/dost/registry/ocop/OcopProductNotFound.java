package vn.dost.registry.ocop;

import vn.dost.registry.shared.ResourceNotFound;

/** No OCOP product has this id. */
public class OcopProductNotFound extends ResourceNotFound {

	public OcopProductNotFound(String id) {
		super("ocopProduct", id);
	}

}
