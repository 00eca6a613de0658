package vn.dost.registry.exchange.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * The shapes of the import and restore answers ({@link ReportBodies} writes them as
 * maps), for the API description; the integration tests hold every answer to them.
 */
final class ReportSchemas {

	private ReportSchemas() {
	}

	/** One problem of a file: its line (header = 1), the column and what is wrong. */
	@Schema(name = "RowError")
	record RowError(
			@Schema(description = "Line in the file (header = 1); absent for a problem of the request.") Integer row,
			String field, @Schema(requiredMode = RequiredMode.REQUIRED) String message) {
	}

	/** An import that wrote (or, dry, would write) every row. */
	@Schema(name = "ImportAnswer")
	record ImportAnswer(@Schema(description = "The import's record; absent for a dry run.") String id,
			@Schema(requiredMode = RequiredMode.REQUIRED) boolean dryRun,
			@Schema(requiredMode = RequiredMode.REQUIRED) int rows,
			@Schema(requiredMode = RequiredMode.REQUIRED) int created,
			@Schema(requiredMode = RequiredMode.REQUIRED) int updated,
			@Schema(requiredMode = RequiredMode.REQUIRED) int errorCount,
			@Schema(requiredMode = RequiredMode.REQUIRED, description = "Empty.") List<RowError> errors) {
	}

	/**
	 * A rejected import: the problem and the report, nothing written; or a request
	 * problem.
	 */
	@Schema(name = "ImportRejection")
	record ImportRejection(@Schema(requiredMode = RequiredMode.REQUIRED) String type,
			@Schema(requiredMode = RequiredMode.REQUIRED) String title,
			@Schema(requiredMode = RequiredMode.REQUIRED) int status,
			@Schema(requiredMode = RequiredMode.REQUIRED) String detail, String instance, String id, Boolean dryRun,
			Integer rows, Integer created, Integer updated, Integer errorCount,
			@Schema(description = "At most 1,000; `errorCount` counts all.") List<RowError> errors) {
	}

	/**
	 * A restored backup: documents written per collection, the users' credentials, and in
	 * words what a backup holds and who may take it.
	 */
	@Schema(name = "RestoreAnswer")
	record RestoreAnswer(@Schema(requiredMode = RequiredMode.REQUIRED) Map<String, Long> restored,
			@Schema(requiredMode = RequiredMode.REQUIRED) RestoredAccounts accounts,
			@Schema(requiredMode = RequiredMode.REQUIRED,
					description = "What a backup holds, who may download it, which accounts sign in.") String note,
			@Schema(requiredMode = RequiredMode.REQUIRED, description = "Empty.") List<RowError> errors) {
	}

	/** The users of a restored backup. */
	@Schema(name = "RestoredAccounts")
	record RestoredAccounts(@Schema(requiredMode = RequiredMode.REQUIRED) long users,
			@Schema(requiredMode = RequiredMode.REQUIRED,
					description = "With a password hash: they sign in with their old password.") long withPassword,
			@Schema(requiredMode = RequiredMode.REQUIRED) long withCalendarToken) {
	}

	/** A backup that could not be read: nothing was written. */
	@Schema(name = "RestoreRejection")
	record RestoreRejection(@Schema(requiredMode = RequiredMode.REQUIRED) String type,
			@Schema(requiredMode = RequiredMode.REQUIRED) String title,
			@Schema(requiredMode = RequiredMode.REQUIRED) int status,
			@Schema(requiredMode = RequiredMode.REQUIRED) String detail, String instance, Map<String, Long> restored,
			List<RowError> errors) {
	}

}
