package vn.dost.registry.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal's style sheet, read once at start and served from memory (reading it per
 * request would block an event-loop thread). The pages use no script at all.
 */
@RestController
class PortalAssets {

	private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

	private final byte[] css;

	PortalAssets() {
		try (InputStream in = new ClassPathResource("portal/portal.css").getInputStream()) {
			this.css = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/portal/portal.css")
	ResponseEntity<byte[]> css() {
		return ResponseEntity.ok().contentType(CSS).body(this.css);
	}

}
