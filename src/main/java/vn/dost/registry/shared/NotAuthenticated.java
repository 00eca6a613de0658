package vn.dost.registry.shared;

import org.springframework.http.HttpStatus;

/** The request carries no valid sign-in (neither credentials nor a valid feed token). */
public class NotAuthenticated extends RegistryException {

	public NotAuthenticated() {
		super(HttpStatus.UNAUTHORIZED, "unauthenticated");
	}

}
