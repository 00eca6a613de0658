package vn.dost.registry.registry;

import vn.dost.registry.shared.ResourceNotFound;

/** No title has this id. */
public class RegistrationNotFound extends ResourceNotFound {

	public RegistrationNotFound(String id) {
		super("registration", id);
	}

}
