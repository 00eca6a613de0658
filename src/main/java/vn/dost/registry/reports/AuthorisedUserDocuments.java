package vn.dost.registry.reports;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.function.Consumer;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.dost.registry.registry.AuthorisedUser;
import vn.dost.registry.registry.AuthorisedUserNotFound;
import vn.dost.registry.registry.PublicAuthorisedUsers;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.InvalidInput;

/**
 * The printed documents of a producer's right to use a title, for whoever may read the
 * title (officers, and the title's own holder organisation): the certificate of the right
 * and sheets of labels for its packages. Both carry a QR code to the producer's public
 * verdict page under {@code registry.public-base-url}.
 */
@Service
public class AuthorisedUserDocuments {

	/** Labels one request may ask for: twenty sheets. */
	public static final int MAX_LABELS = 20 * LabelSheetPdf.PER_PAGE;

	private final RegistrationService registrations;

	private final String publicBaseUrl;

	AuthorisedUserDocuments(RegistrationService registrations,
			@Value("${registry.public-base-url:http://localhost:8080}") String publicBaseUrl) {
		this.registrations = registrations;
		this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
	}

	/**
	 * Checks the actor may read the title and the user exists, then answers the writer of
	 * the certificate: blocking code, to run off the event loop.
	 */
	public Mono<Consumer<OutputStream>> certificate(String titleId, String userId, Actor actor) {
		LocalDate today = this.registrations.today();
		return this.registrations.find(titleId, actor).map(title -> {
			AuthorisedUser user = user(title, userId);
			String url = checkUrl(title, user);
			return out -> CertificatePdf.write(title, user, today, url, out);
		});
	}

	/**
	 * As {@link #certificate}, for {@code count} labels (one sheet when not given; 1 to
	 * {@value #MAX_LABELS}).
	 */
	public Mono<Consumer<OutputStream>> labels(String titleId, String userId, Integer count, Actor actor) {
		int labels = count == null ? LabelSheetPdf.PER_PAGE : count;
		if (labels < 1 || labels > MAX_LABELS) {
			return Mono.error(InvalidInput.of("count", "validation.labelCount", MAX_LABELS));
		}
		return this.registrations.find(titleId, actor).map(title -> {
			AuthorisedUser user = user(title, userId);
			String url = checkUrl(title, user);
			String sign = sign(title);
			String code = user.code() == null ? "" : user.code();
			return out -> LabelSheetPdf.write(sign, code, url, labels, out);
		});
	}

	/** The public verdict page of the user, as the QR codes lead to it. */
	public String checkUrl(Registration title, AuthorisedUser user) {
		return this.publicBaseUrl + PublicAuthorisedUsers.checkPath(title.getId(), user);
	}

	private static AuthorisedUser user(Registration title, String userId) {
		return title.getAuthorisedUsers()
			.stream()
			.filter(user -> user.id().equals(userId))
			.findFirst()
			.orElseThrow(() -> new AuthorisedUserNotFound(userId));
	}

	/** What a label names: "Chỉ dẫn địa lý Quảng Trị", or the mark's name. */
	private static String sign(Registration title) {
		if (title.getType() == RegistrationType.GEOGRAPHICAL_INDICATION) {
			String sign = title.getFacts().sign() == null ? title.getFacts().name() : title.getFacts().sign();
			return "Chỉ dẫn địa lý " + sign;
		}
		return title.getFacts().name();
	}

}
