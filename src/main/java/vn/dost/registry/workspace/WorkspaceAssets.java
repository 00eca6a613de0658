package vn.dost.registry.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workspace's style sheet and htmx (from its webjar), read once at start and served
 * from memory (reading a file per request would block an event-loop thread), from the
 * workspace's own address as the content security policy requires. Pages link them with a
 * fingerprint of their content ({@link #css()}, {@link #htmx()}), so browsers keep them
 * for a year and fetch them again only when they change.
 */
@RestController
public class WorkspaceAssets {

	private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

	private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

	private static final CacheControl KEPT = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final byte[] css;

	private final byte[] htmx;

	private final String cssLink;

	private final String htmxLink;

	WorkspaceAssets() {
		this.css = read("classpath:app/app.css");
		this.htmx = read("classpath*:META-INF/resources/webjars/htmx.org/*/dist/htmx.min.js");
		this.cssLink = WorkspaceLinks.ASSETS + "app.css?v=" + fingerprint(this.css);
		this.htmxLink = WorkspaceLinks.ASSETS + "htmx.min.js?v=" + fingerprint(this.htmx);
	}

	/** The style sheet's address. */
	public String css() {
		return this.cssLink;
	}

	/** htmx's address. */
	public String htmx() {
		return this.htmxLink;
	}

	@GetMapping(WorkspaceLinks.ASSETS + "app.css")
	ResponseEntity<byte[]> serveCss() {
		return ResponseEntity.ok().contentType(CSS).cacheControl(KEPT).body(this.css);
	}

	@GetMapping(WorkspaceLinks.ASSETS + "htmx.min.js")
	ResponseEntity<byte[]> serveHtmx() {
		return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(KEPT).body(this.htmx);
	}

	private static byte[] read(String pattern) {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(pattern);
			if (found.length != 1 || !found[0].exists()) {
				throw new IllegalStateException(
						"Expected one workspace asset at " + pattern + ", found " + found.length);
			}
			try (InputStream in = found[0].getInputStream()) {
				return in.readAllBytes();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String fingerprint(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
