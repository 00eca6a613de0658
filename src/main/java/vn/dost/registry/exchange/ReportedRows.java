package vn.dost.registry.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;

/**
 * The rows of an import file that a report names, as the file has them, so that each
 * problem can be shown beside the row's cells: the header, which column each position is,
 * and the cells of the lines asked for. The file is read, never changed or deleted.
 */
@Component
public class ReportedRows {

	/**
	 * The file's header as written, the column each position is (null: none, or an
	 * ignored one), and the cells of the lines asked for, by line (the header's own line
	 * 1 included when asked).
	 */
	public record Table(List<String> headers, List<String> columns, Map<Integer, List<String>> cells) {

		/** The header of the column a report names, or the name itself if none has it. */
		public String headerOf(String column) {
			int at = this.columns.indexOf(column);
			return at >= 0 && at < this.headers.size() ? this.headers.get(at) : column;
		}

	}

	/** Reads the lines of the file (CSV or XLSX, as an import reads it). */
	public Mono<Table> of(Path file, Collection<Integer> lines) {
		return Mono.fromCallable(() -> read(file, new TreeSet<>(lines))).subscribeOn(Schedulers.boundedElastic());
	}

	private static Table read(Path file, Set<Integer> lines) throws IOException {
		if (!XlsxTable.isWorkbook(file)) {
			return readCsv(file, lines);
		}
		Path csv = Files.createTempFile("import-rows-", ".csv");
		try {
			XlsxTable.toCsv(file, csv);
			return readCsv(csv, lines);
		}
		finally {
			Files.deleteIfExists(csv);
		}
	}

	private static Table readCsv(Path csv, Set<Integer> lines) throws IOException {
		try (CsvTable table = CsvTable.open(Files.newInputStream(csv))) {
			List<String> headers = List.copyOf(table.header());
			List<String> columns = ImportColumns.resolve(headers).columns();
			Set<Integer> dataLines = new TreeSet<>(lines);
			dataLines.remove(1);
			Map<Integer, List<String>> cells = new TreeMap<>(table.cellsAt(dataLines));
			if (lines.contains(1)) {
				cells.put(1, headers);
			}
			return new Table(headers, Collections.unmodifiableList(new ArrayList<>(columns)),
					Collections.unmodifiableMap(cells));
		}
	}

}
