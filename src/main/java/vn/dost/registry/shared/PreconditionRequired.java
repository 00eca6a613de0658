package vn.dost.registry.shared;

import org.springframework.http.HttpStatus;

/**
 * An update came without {@code If-Match}: the client must say which version it edited.
 */
public class PreconditionRequired extends RegistryException {

	public PreconditionRequired() {
		super(HttpStatus.PRECONDITION_REQUIRED, "precondition-required");
	}

}
