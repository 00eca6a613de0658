package vn.dost.registry.exchange.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import vn.dost.registry.shared.ProblemResponse;

/**
 * The API description of an import of titles, on both handlers of {@code POST
 * /api/v1/imports} (a multipart part or the file as the body), which are one operation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Operation(summary = "Import titles from a CSV or XLSX file", description = """
		The file as the multipart part `file`, or as the body (`text/csv`, XLSX or `application/octet-stream`, named \
		by `fileName`). Every row is checked first: with any problem nothing is written and the answer is 400 \
		`import-rejected` with the report and each problem as `{row, field, message}` (row = line, header = 1; at \
		most 1,000 listed, `errorCount` counts all). `dryRun=true` only checks. Re-importing a file changes \
		nothing. Columns: docs/import.md.""")
@ApiResponse(responseCode = "200", description = "Imported (or, with `dryRun`, would import) every row.",
		content = @Content(mediaType = "application/json",
				schema = @Schema(implementation = ReportSchemas.ImportAnswer.class)))
@ApiResponse(responseCode = "400",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ReportSchemas.ImportRejection.class)))
@ProblemResponse(status = 400, types = { "import-rejected", "empty-file", "malformed-upload" })
@ProblemResponse(status = 409, types = "import-running")
@interface ImportOperation {

}
