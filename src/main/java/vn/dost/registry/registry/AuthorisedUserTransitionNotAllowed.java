package vn.dost.registry.registry;

import org.springframework.http.HttpStatus;

import vn.dost.registry.shared.RegistryException;

/**
 * The action is not allowed from the authorised user's status, or not on this title now;
 * nothing changed.
 */
public class AuthorisedUserTransitionNotAllowed extends RegistryException {

	/** The message key prefix of an authorised user's status. */
	public static final String USER_STATUS_KEY = "msg.userStatus.";

	/**
	 * The action and the status (the user's, or the title's when the title is what stands
	 * in the way) are named in words.
	 */
	public AuthorisedUserTransitionNotAllowed(String action, Object from, String reasonKey) {
		super(HttpStatus.CONFLICT, "illegal-transition", TransitionNotAllowed.ACTION_KEY + action,
				(from instanceof RegistrationStatus ? TransitionNotAllowed.STATUS_KEY : USER_STATUS_KEY) + from,
				reasonKey);
	}

}
