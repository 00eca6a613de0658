package vn.dost.registry.reports;

import java.io.OutputStream;
import java.util.function.Consumer;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.security.Actor;

/**
 * A title's printable record sheet (PDF), for whoever may read the title; its QR code links to the public
 * record page under {@code registry.public-base-url}.
 */
@Service
public class RecordSheets {

	private final RegistrationService registrations;

	private final String publicBaseUrl;

	RecordSheets(RegistrationService registrations,
			@Value("${registry.public-base-url:http://localhost:8080}") String publicBaseUrl) {
		this.registrations = registrations;
		this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
	}

	/**
	 * Checks the title exists and the actor may read it, then answers the writer of its sheet: blocking code
	 * that writes the PDF to the stream it is given, to run off the event loop.
	 */
	public Mono<Consumer<OutputStream>> pdf(String id, Actor actor) {
		return this.registrations.find(id, actor).map(title -> {
			String url = this.publicBaseUrl + "/portal/registrations/" + title.getId();
			return out -> RecordSheetPdf.write(title, this.registrations.today(), url, out);
		});
	}

}
