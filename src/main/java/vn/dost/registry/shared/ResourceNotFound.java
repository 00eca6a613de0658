package vn.dost.registry.shared;

import org.springframework.http.HttpStatus;

/** No stored resource of that kind has the id the client gave. */
public class ResourceNotFound extends RegistryException {

	public ResourceNotFound(String kind, String id) {
		super(HttpStatus.NOT_FOUND, "not-found", kind, id);
	}

}
