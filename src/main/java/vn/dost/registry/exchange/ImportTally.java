package vn.dost.registry.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.dost.registry.registry.RegistrationImports;
import vn.dost.registry.shared.FieldViolation;

/**
 * The running count of an import pass: rows, titles created and updated, problems (the
 * first {@value Imports#ERRORS_SHOWN} kept), and which row first claimed each title key.
 * Used by one pass at a time, batch after batch.
 */
final class ImportTally {

	private final List<ImportReport.RowError> errors = new ArrayList<>();

	private final Map<String, Integer> claims = new HashMap<>();

	private int rows;

	private int created;

	private int updated;

	private int errorCount;

	void error(ImportReport.RowError error) {
		this.errorCount++;
		if (this.errors.size() < Imports.ERRORS_SHOWN) {
			this.errors.add(error);
		}
	}

	/**
	 * The registry's verdict on a batch of rows, after the problems found reading them; a
	 * column that could not be read is not reported twice.
	 */
	void add(List<RegistrationImports.Outcome> outcomes, Map<Integer, List<ImportReport.RowError>> unreadable) {
		for (RegistrationImports.Outcome outcome : outcomes) {
			this.rows++;
			List<ImportReport.RowError> read = unreadable.getOrDefault(outcome.line(), List.of());
			read.forEach(this::error);
			Set<String> reported = new HashSet<>();
			read.forEach(error -> reported.add(error.field()));
			boolean clean = read.isEmpty() && outcome.violations().isEmpty();
			for (FieldViolation violation : outcome.violations()) {
				String column = column(violation.field());
				if (!reported.contains(column)) {
					error(new ImportReport.RowError(outcome.line(), column, violation.messageKey(),
							violation.arguments()));
				}
			}
			for (String claim : outcome.claims()) {
				Integer first = this.claims.putIfAbsent(claim, outcome.line());
				if (first != null) {
					clean = false;
					error(new ImportReport.RowError(outcome.line(), column(claim.substring(0, claim.indexOf(':'))),
							"validation.import.sameTitle", first));
				}
			}
			if (clean && outcome.creates()) {
				this.created++;
			}
			else if (clean && outcome.updates()) {
				this.updated++;
			}
		}
	}

	/** A batch written by the second pass. */
	void written(int batchRows, int batchCreated, int batchUpdated) {
		this.rows += batchRows;
		this.created += batchCreated;
		this.updated += batchUpdated;
	}

	/** The file's column for a field the registry names. */
	private static String column(String field) {
		return switch (field) {
			case "holderId" -> "holderName";
			case "title" -> "name";
			case "grantDatePartial" -> "grantDate";
			default -> field;
		};
	}

	boolean rejected() {
		return this.errorCount > 0;
	}

	int rows() {
		return this.rows;
	}

	int created() {
		return this.created;
	}

	int updated() {
		return this.updated;
	}

	int errorCount() {
		return this.errorCount;
	}

	ImportReport report(String id, boolean dryRun) {
		return new ImportReport(id, this.rows, rejected() ? 0 : this.created, rejected() ? 0 : this.updated,
				List.copyOf(this.errors), this.errorCount, dryRun);
	}

}
