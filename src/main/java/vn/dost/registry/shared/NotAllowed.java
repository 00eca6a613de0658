package vn.dost.registry.shared;

import org.springframework.http.HttpStatus;

/**
 * The authenticated user may not do this (outside their provinces, or not their own
 * title).
 */
public class NotAllowed extends RegistryException {

	public NotAllowed(String reasonKey) {
		super(HttpStatus.FORBIDDEN, "forbidden", reasonKey);
	}

}
