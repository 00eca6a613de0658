package vn.dost.registry.exchange;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One import as the registry remembers it: who sent which file when, how far writing got
 * and how it ended. A record left {@code VALIDATING} or {@code WRITING} by a stopped
 * service reads {@code INTERRUPTED} after the next start; importing the same file again
 * completes it (an import is idempotent).
 */
@Document("imports")
public record ImportRecord(@Id String id, String fileName, String format, String actor, Instant startedAt,
		Instant finishedAt, State state, int rows, int written, int created, int updated, int errors, String failure) {

	/** Where an import is. */
	public enum State {

		/** Reading and checking every row; nothing written yet. */
		VALIDATING,
		/** Some row had a problem: nothing was written. */
		REJECTED,
		/**
		 * Every row passed; titles are being written batch by batch ({@code written} rows
		 * so far).
		 */
		WRITING,
		/** Every row written. */
		DONE,
		/**
		 * Writing stopped on an error; the rows before {@code written} are in. Import the
		 * file again.
		 */
		FAILED,
		/**
		 * The service stopped while this import ran. Import the file again to complete
		 * it.
		 */
		INTERRUPTED

	}

}
