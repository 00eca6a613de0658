package vn.dost.registry.exchange;

/**
 * A line of a table file that the CSV reader cannot take (a field longer than it reads):
 * the reading stops there, and the import reports the line as its problem.
 */
final class UnreadableLine extends RuntimeException {

	private final transient ImportReport.RowError error;

	UnreadableLine(int line, String messageKey, Throwable cause) {
		super("Line " + line + ": " + messageKey, cause);
		this.error = new ImportReport.RowError(line, "file", messageKey);
	}

	ImportReport.RowError error() {
		return this.error;
	}

}
