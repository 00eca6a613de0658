package vn.dost.registry.registry;

import org.springframework.http.HttpStatus;

import vn.dost.registry.shared.RegistryException;

/**
 * The action is not allowed from the authorised user's status, or not on this title now;
 * nothing changed.
 */
public class AuthorisedUserTransitionNotAllowed extends RegistryException {

	public AuthorisedUserTransitionNotAllowed(String action, Object from, String reasonKey) {
		super(HttpStatus.CONFLICT, "illegal-transition", action, from, reasonKey);
	}

}
