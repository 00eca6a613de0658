package vn.dost.registry;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One malformed request of the fuzz run: method, path (with its query), headers and body
 * bytes, and what kind of wrong it is (for the report of a failure).
 */
record BadRequest(String kind, String method, String path, Map<String, String> headers, byte[] body) {

	@Override
	public String toString() {
		String shown = this.body == null ? ""
				: new String(this.body, 0, Math.min(this.body.length, 300), StandardCharsets.ISO_8859_1);
		return this.kind + ": " + this.method + " " + this.path + " " + this.headers + " body["
				+ (this.body == null ? 0 : this.body.length) + "]=" + shown;
	}

}
