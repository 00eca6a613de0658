package vn.dost.registry.shared;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * A request body, an uploaded file above all, is larger than the service takes
 * ({@code registry.uploads.max-size}); it was not stored.
 */
public class BodyTooLarge extends RegistryException {

	public BodyTooLarge(DataSize limit) {
		super(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", limit.toMegabytes());
	}

}
