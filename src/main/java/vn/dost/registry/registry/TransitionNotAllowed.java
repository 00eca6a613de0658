package vn.dost.registry.registry;

import org.springframework.http.HttpStatus;

import vn.dost.registry.shared.RegistryException;

/**
 * The action is not allowed from the title's status (or not for its type, or not today);
 * nothing changed.
 */
public class TransitionNotAllowed extends RegistryException {

	public TransitionNotAllowed(String action, RegistrationStatus from, String reasonKey) {
		super(HttpStatus.CONFLICT, "illegal-transition", action, from, reasonKey);
	}

}
