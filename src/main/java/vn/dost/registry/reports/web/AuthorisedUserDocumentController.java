package vn.dost.registry.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dost.registry.reports.AuthorisedUserDocuments;
import vn.dost.registry.security.CurrentActor;

/**
 * A producer's printed right to use a title: the certificate and sheets of labels, both
 * with a QR code to the public verdict page; written on a bounded elastic thread straight
 * into the response.
 */
@Tag(name = "Reports", description = "Printable documents: record sheets and provincial summaries.")
@RestController
class AuthorisedUserDocumentController {

	private static final String USER = "/api/v1/registrations/{id}/authorised-users/{userId}";

	private final AuthorisedUserDocuments documents;

	private final CurrentActor actor;

	AuthorisedUserDocumentController(AuthorisedUserDocuments documents, CurrentActor actor) {
		this.documents = documents;
		this.actor = actor;
	}

	@Operation(summary = "Print an authorised user's certificate",
			description = """
					A one-page certificate of the right to use the title, in the official Vietnamese layout: the holder as \
					issuer, the decision, the producer's name, locality and code, the term, and a QR code to the public verdict \
					page (/portal/check/{titleId}/{code}). A right not active today is marked so. Whoever may read the title.""")
	@ApiResponse(responseCode = "200", description = "The certificate.",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@GetMapping(USER + "/certificate.pdf")
	Mono<ResponseEntity<Flux<DataBuffer>>> certificate(@PathVariable String id, @PathVariable String userId) {
		return this.actor.get()
			.flatMap(who -> this.documents.certificate(id, userId, who))
			.map(writer -> ReportController.streamed(writer, MediaType.APPLICATION_PDF,
					"giay-chung-nhan-" + userId + ".pdf"));
	}

	@Operation(summary = "Print labels for an authorised user's packages",
			description = """
					A4 sheets of 21 labels (3 × 7), each with the protected sign, the producer's code and a QR code to its public \
					verdict page. `count` labels (1–420, default one sheet). Whoever may read the title.""")
	@ApiResponse(responseCode = "200", description = "The label sheets.",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@GetMapping(USER + "/labels.pdf")
	Mono<ResponseEntity<Flux<DataBuffer>>> labels(@PathVariable String id, @PathVariable String userId,
			@RequestParam(required = false) Integer count) {
		return this.actor.get()
			.flatMap(who -> this.documents.labels(id, userId, count, who))
			.map(writer -> ReportController.streamed(writer, MediaType.APPLICATION_PDF, "nhan-" + userId + ".pdf"));
	}

}
