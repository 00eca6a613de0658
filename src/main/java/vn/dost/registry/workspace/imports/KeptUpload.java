package vn.dost.registry.workspace.imports;

import java.nio.file.Path;
import java.time.Instant;

import vn.dost.registry.exchange.ImportReport;
import vn.dost.registry.exchange.ReportedRows;

/**
 * A file an officer uploaded and had checked, kept on the server until it is imported,
 * cancelled, or left longer than {@link KeptUploads#KEPT}: its check's report and the
 * rows the report names. A file with problems is not kept ({@code file} null), only its
 * report, until it is fixed and uploaded again.
 *
 * @param id random and unguessable; the file's name on disk has nothing of the user's
 * @param fileName the name the user's file had, shown and recorded with the import
 * @param username who uploaded it: only they may import it
 */
record KeptUpload(String id, Path file, String fileName, String username, Instant keptAt, ImportReport report,
		ReportedRows.Table rows) {

	/** Whether the file may be imported: kept, and its check found no problem. */
	public boolean confirmable() {
		return this.file != null && !this.report.rejected();
	}

	/** The same upload after a check that found problems: only the report kept. */
	KeptUpload rejected(ImportReport found, ReportedRows.Table reported) {
		return new KeptUpload(this.id, null, this.fileName, this.username, this.keptAt, found, reported);
	}

}
