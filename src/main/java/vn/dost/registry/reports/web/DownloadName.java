package vn.dost.registry.reports.web;

import java.nio.charset.StandardCharsets;

import vn.dost.registry.shared.VietnameseText;

/**
 * A {@code Content-Disposition} that offers a document for saving under its Vietnamese
 * name (RFC 6266 with the RFC 5987 {@code filename*}) and an ASCII name for clients that
 * know only {@code filename}.
 */
final class DownloadName {

	private static final String ATTR_CHARS = "!#$&+-.^_`|~";

	private DownloadName() {
	}

	/**
	 * {@code attachment; filename="bao-cao-khanh-hoa.pdf"; filename*=UTF-8''B%C3%A1o…}.
	 */
	static String attachment(String name) {
		return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encoded(name);
	}

	/**
	 * Folded to lower-case ASCII without marks, anything but letters, digits and dots as
	 * dashes.
	 */
	static String ascii(String name) {
		return VietnameseText.fold(name).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-|-$", "");
	}

	private static String encoded(String name) {
		StringBuilder out = new StringBuilder();
		for (byte b : VietnameseText.nfc(name).getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| ATTR_CHARS.indexOf(c) >= 0) {
				out.append(c);
			}
			else {
				out.append('%').append(String.format("%02X", (int) c));
			}
		}
		return out.toString();
	}

}
