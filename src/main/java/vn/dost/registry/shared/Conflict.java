package vn.dost.registry.shared;

import org.springframework.http.HttpStatus;

/**
 * The request conflicts with what is stored (a duplicate number, a holder still in use);
 * nothing was written.
 */
public class Conflict extends RegistryException {

	public Conflict(String problemType, Object... arguments) {
		super(HttpStatus.CONFLICT, problemType, arguments);
	}

}
