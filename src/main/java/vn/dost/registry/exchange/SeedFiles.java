package vn.dost.registry.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The seed data of this version: its titles, the decisions taken on them after their
 * grant, and the edition they make — a digest of both files, so that any change to the
 * seed data is a new edition that databases seeded earlier are brought to.
 */
record SeedFiles(List<SeedRow> rows, List<SeedDecision> decisions, String edition) {

	/** Reads both files, given as bytes (the decisions may be absent: null). */
	static SeedFiles of(byte[] titles, byte[] decisions) {
		List<SeedRow> rows = read(titles, SeedRow::new);
		List<SeedDecision> later = decisions == null ? List.of() : read(decisions, SeedDecision::of);
		return new SeedFiles(rows, later, digest(titles, decisions == null ? new byte[0] : decisions));
	}

	/** The row the decision is about, if the seed has it. */
	Optional<SeedRow> rowOf(SeedDecision decision) {
		return this.rows.stream().filter(decision::concerns).findFirst();
	}

	private static <T> List<T> read(byte[] bytes, Function<TableRow, T> each) {
		List<T> rows = new ArrayList<>();
		try (CsvTable csv = CsvTable.open(new ByteArrayInputStream(bytes))) {
			csv.rows(csv.header()).forEachRemaining(row -> rows.add(each.apply(row)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(rows);
	}

	private static String digest(byte[] titles, byte[] decisions) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(titles);
			sha.update(decisions);
			return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
