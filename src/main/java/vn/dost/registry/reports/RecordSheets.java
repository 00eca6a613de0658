package vn.dost.registry.reports;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.function.Consumer;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.dost.registry.registry.PublicRegistrations;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.security.Actor;

/**
 * A title's printable record sheet (PDF), for whoever may read the title; its QR code
 * links to the public record page under {@code registry.public-base-url}, or for a title
 * the public may not see to its page in the officers' workspace.
 */
@Service
public class RecordSheets {

	private final RegistrationService registrations;

	private final PublicRegistrations publicTitles;

	private final String publicBaseUrl;

	RecordSheets(RegistrationService registrations, PublicRegistrations publicTitles,
			@Value("${registry.public-base-url:http://localhost:8080}") String publicBaseUrl) {
		this.registrations = registrations;
		this.publicTitles = publicTitles;
		this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
	}

	/**
	 * Checks the title exists and the actor may read it, then answers the writer of its
	 * sheet: blocking code that writes the PDF to the stream it is given, to run off the
	 * event loop.
	 */
	public Mono<Consumer<OutputStream>> pdf(String id, Actor actor) {
		return this.registrations.find(id, actor).map(title -> writer(title, false));
	}

	/**
	 * The sheet of a title the public may see, for anyone: the same sheet, but authorised
	 * users are shown by name and locality (province) only, never their address. Not
	 * found for any other title.
	 */
	public Mono<Consumer<OutputStream>> publicPdf(String id) {
		return this.publicTitles.find(id).map(title -> writer(title, true));
	}

	/** The public record page of a title, as the QR code links to it. */
	public String publicUrl(String id) {
		return this.publicBaseUrl + "/portal/registrations/" + id;
	}

	/**
	 * The officers' page of a title (the workspace), where the QR code of a title the
	 * public may not see leads: never to a public page that would answer 404.
	 */
	public String workspaceUrl(String id) {
		return this.publicBaseUrl + "/app/registrations/" + id;
	}

	private Consumer<OutputStream> writer(Registration title, boolean publicCopy) {
		LocalDate today = this.registrations.today();
		RecordSheetPdf.Link link = title.isPublicOn(today)
				? new RecordSheetPdf.Link(publicUrl(title.getId()), "Tra cứu công khai:") : new RecordSheetPdf.Link(
						workspaceUrl(title.getId()), "Hồ sơ trên hệ thống quản lý (dành cho cán bộ):");
		return out -> RecordSheetPdf.write(title, today, link, publicCopy, out);
	}

}
