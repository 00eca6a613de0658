package vn.dost.registry.shared;

import org.springframework.http.HttpStatus;

/** No stored resource of that kind has the id the client gave. */
public class ResourceNotFound extends RegistryException {

	/**
	 * The message key prefix naming the kind of resource in the user's language, e.g.
	 * {@code msg.kind.holder}.
	 */
	static final String KIND_KEY = "msg.kind.";

	public ResourceNotFound(String kind, String id) {
		super(HttpStatus.NOT_FOUND, "not-found", KIND_KEY + kind, id);
	}

}
