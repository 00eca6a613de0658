package vn.dost.registry.shared;

import org.springframework.http.HttpStatus;

/**
 * The client edited a version that someone else has changed since; nothing was written.
 */
public class StaleVersion extends RegistryException {

	public StaleVersion(long current) {
		super(HttpStatus.PRECONDITION_FAILED, "stale-version", current);
	}

}
