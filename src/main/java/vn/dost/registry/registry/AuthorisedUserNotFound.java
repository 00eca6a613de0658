package vn.dost.registry.registry;

import vn.dost.registry.shared.ResourceNotFound;

/** No authorised user with this id on the title. */
public class AuthorisedUserNotFound extends ResourceNotFound {

	public AuthorisedUserNotFound(String id) {
		super("authorisedUser", id);
	}

}
