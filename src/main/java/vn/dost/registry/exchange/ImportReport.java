package vn.dost.registry.exchange;

import java.util.List;

/**
 * What an import found and did: the data rows read, the titles created and updated (or
 * that would be, for a dry run), and every problem by row; with any problem nothing was
 * written. {@code id} names the stored import record (null for a dry run).
 */
public record ImportReport(String id, int rows, int created, int updated, List<RowError> errors, int errorCount,
		boolean dryRun) {

	/**
	 * One problem: the file's line (header = 1), the column, and a message key with its
	 * arguments.
	 */
	public record RowError(int row, String field, String messageKey, Object... arguments) {
	}

	public boolean rejected() {
		return this.errorCount > 0;
	}

}
