package vn.dost.registry.registry;

import org.springframework.http.HttpStatus;

import vn.dost.registry.shared.RegistryException;

/**
 * The action is not allowed from the title's status (or not for its type, or not today);
 * nothing changed.
 */
public class TransitionNotAllowed extends RegistryException {

	/** The message key prefix of an action's name. */
	public static final String ACTION_KEY = "msg.action.";

	/** The message key prefix of a title's status. */
	public static final String STATUS_KEY = "msg.status.";

	/**
	 * The action and the status are named in words ({@code msg.action.*},
	 * {@code msg.status.*}), never as their codes.
	 */
	public TransitionNotAllowed(String action, RegistrationStatus from, String reasonKey) {
		super(HttpStatus.CONFLICT, "illegal-transition", ACTION_KEY + action, STATUS_KEY + from, reasonKey);
	}

}
