package vn.dost.registry.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dost.registry.audit.AuditAction;
import vn.dost.registry.audit.AuditFilter;
import vn.dost.registry.audit.AuditLog;
import vn.dost.registry.shared.PageRequest;
import vn.dost.registry.shared.PageResponse;
import vn.dost.registry.shared.ProblemResponse;

/**
 * {@code GET /api/v1/audit}: the audit trail, newest first, for administrators (the
 * security configuration admits nobody else). There is no way to change or delete an
 * entry.
 */
@Tag(name = "Administration", description = "Operations for administrators.")
@ProblemResponse(status = 403, types = "forbidden-path")
@RestController
class AuditController {

	private final AuditLog log;

	private final AuditMapper mapper;

	AuditController(AuditLog log, AuditMapper mapper) {
		this.log = log;
		this.mapper = mapper;
	}

	@Operation(summary = "Read the audit trail (ADMIN)",
			description = "Sign-ins, user and role changes, imports, backups, restores and re-indexing, newest first, "
					+ "paged. `from`/`to` take a date (a whole day in Asia/Ho_Chi_Minh; `to` inclusive) or an "
					+ "ISO-8601 timestamp (`from` inclusive, `to` exclusive).")
	@GetMapping(path = "/api/v1/audit", produces = "application/json")
	Mono<PageResponse<AuditEntryResponse>> list(@RequestParam(required = false) String actor,
			@RequestParam(required = false) AuditAction action, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return Mono
			.fromSupplier(() -> new AuditFilter(blankToNull(actor), action, AuditTimes.start("from", from),
					AuditTimes.end("to", to)))
			.flatMap(filter -> this.log.find(filter, PageRequest.of(page, size)))
			.map(found -> found.map(this.mapper::toResponse));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
