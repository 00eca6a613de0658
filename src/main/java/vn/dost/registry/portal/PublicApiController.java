package vn.dost.registry.portal;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.PublicRegistrations;
import vn.dost.registry.registry.RegistrationQuery;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.PageResponse;
import vn.dost.registry.shared.StreamedBody;

/**
 * {@code /api/v1/public/registrations}: the portal's JSON twins and the open-data files
 * (CSV, XLSX, JSON) of the whole filtered listing, for anyone. Same query parameters as
 * the officers' search, restricted to public titles inside the index query.
 */
@Tag(name = "Public registry",
		description = "Public titles for anyone, without signing in; the portal's JSON and open data.")
@RestController
class PublicApiController {

	private static final String BASE = "/api/v1/public/registrations";

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PublicRegistrations titles;

	private final PublicRecords records;

	private final PortalLinks links;

	PublicApiController(PublicRegistrations titles, PublicRecords records, PortalLinks links) {
		this.titles = titles;
		this.records = records;
		this.links = links;
	}

	@Operation(summary = "Search public titles",
			description = """
					Public titles (GRANTED, EXPIRED, TERMINATED or INVALIDATED with `public: true`) matching every filter, paged, \
					with facets counted over public titles only. Same `q` and `sort` as the officers' search. Answers carry a \
					weak `ETag` and `Last-Modified`.""")
	@GetMapping(path = BASE, produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<PublicListing> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) RegistrationType type,
			@RequestParam(required = false) RegistrationStatus status, @RequestParam(required = false) String province,
			@RequestParam(required = false) ProductGroup productGroup, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageRequest request = PageRequest.of(page, size);
		RegistrationQuery query = RegistrationQuery.forPublic(q, type, status, province, productGroup, sort);
		return this.titles.list(query, request).map(hits -> {
			LocalDate today = this.titles.today();
			PageResponse<PublicRegistration> shown = PageResponse.of(
					hits.items().stream().map(title -> this.records.title(title, today)).toList(), request,
					hits.totalItems());
			return new PublicListing(shown.items(), shown.page(), shown.size(), shown.totalItems(), shown.totalPages(),
					hits.facets(), hits.approximate());
		});
	}

	@Operation(summary = "Read a public title", description = """
			The public fields of one title, its decisions and its active authorised users (name and locality). Any \
			title that is not public is 404.""")
	@GetMapping(path = BASE + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<PublicRecord> get(@PathVariable String id) {
		return this.titles.find(id).map(title -> this.records.record(title, this.titles.today()));
	}

	@Operation(summary = "Download public titles as JSON", description = """
			Open data: every public title of the filtered listing (no paging), as one JSON array.""")
	@GetMapping(path = BASE + ".json", produces = MediaType.APPLICATION_JSON_VALUE)
	Flux<PublicRegistration> json(@RequestParam(required = false) String q,
			@RequestParam(required = false) RegistrationType type,
			@RequestParam(required = false) RegistrationStatus status, @RequestParam(required = false) String province,
			@RequestParam(required = false) ProductGroup productGroup, @RequestParam(required = false) String sort) {
		return everything(RegistrationQuery.forPublic(q, type, status, province, productGroup, sort))
			.flatMapIterable(rows -> rows.stream().map(OpenDataColumns.Row::title).toList());
	}

	@Operation(summary = "Download public titles as CSV", description = """
			Open data: every public title of the filtered listing as UTF-8 CSV (columns in docs/open-data.md); a text \
			cell that starts like a formula gets a leading `'`.""")
	@ApiResponse(responseCode = "200", description = "The CSV file (attachment).",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
	@GetMapping(BASE + ".csv")
	Mono<ResponseEntity<Flux<DataBuffer>>> csv(@RequestParam(required = false) String q,
			@RequestParam(required = false) RegistrationType type,
			@RequestParam(required = false) RegistrationStatus status, @RequestParam(required = false) String province,
			@RequestParam(required = false) ProductGroup productGroup, @RequestParam(required = false) String sort) {
		return file(RegistrationQuery.forPublic(q, type, status, province, productGroup, sort), OpenDataFiles::csv, CSV,
				"csv");
	}

	@Operation(summary = "Download public titles as XLSX", description = """
			Open data: every public title of the filtered listing as an Excel workbook.""")
	@ApiResponse(responseCode = "200", description = "The workbook (attachment).",
			content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					schema = @Schema(type = "string", format = "binary")))
	@GetMapping(BASE + ".xlsx")
	Mono<ResponseEntity<Flux<DataBuffer>>> xlsx(@RequestParam(required = false) String q,
			@RequestParam(required = false) RegistrationType type,
			@RequestParam(required = false) RegistrationStatus status, @RequestParam(required = false) String province,
			@RequestParam(required = false) ProductGroup productGroup, @RequestParam(required = false) String sort) {
		return file(RegistrationQuery.forPublic(q, type, status, province, productGroup, sort), OpenDataFiles::xlsx,
				XLSX, "xlsx");
	}

	private Mono<List<OpenDataColumns.Row>> everything(RegistrationQuery query) {
		PortalLinks.Language canonical = this.links.in(false);
		return this.titles.all(query).map(found -> {
			LocalDate today = this.titles.today();
			return found.stream()
				.map(title -> new OpenDataColumns.Row(this.records.title(title, today),
						canonical.canonicalRecord(title.id())))
				.toList();
		});
	}

	private Mono<ResponseEntity<Flux<DataBuffer>>> file(RegistrationQuery query,
			BiConsumer<List<OpenDataColumns.Row>, OutputStream> format, MediaType type, String extension) {
		return everything(query).map(rows -> ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("registrations." + extension).build().toString())
			.body(StreamedBody.of(out -> format.accept(rows, out))));
	}

}
