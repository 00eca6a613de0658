package vn.dost.registry.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.itextpdf.kernel.geom.Vector;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;

import vn.dost.registry.registry.RegistrationType;

/**
 * The provincial summary's PDF read back as a reader would: the counts of its totals
 * sentence, and the rows of its title table (part 2) with their type and standing, taken
 * from where each piece of text is drawn on the page.
 */
record SummaryTable(Map<RegistrationType, Long> sentence, List<Row> rows) {

	private static final Pattern SENTENCE = Pattern
		.compile("được (\\d+) chỉ dẫn địa lý, (\\d+) nhãn hiệu chứng nhận và (\\d+) nhãn hiệu tập thể");

	private static final Map<String, RegistrationType> TYPES = Map.of("Chỉ dẫn địa lý",
			RegistrationType.GEOGRAPHICAL_INDICATION, "Nhãn hiệu chứng nhận", RegistrationType.CERTIFICATION_MARK,
			"Nhãn hiệu tập thể", RegistrationType.COLLECTIVE_MARK);

	/** Baselines this close (points) are one line. */
	private static final float SAME_LINE = 2;

	/** One line of the table: its ordinal, name, type and standing as printed. */
	record Row(int ordinal, String name, RegistrationType type, String standing) {
	}

	/** Text drawn at a point of a page. */
	private record Piece(int page, float x, float y, String text) {
	}

	static SummaryTable of(byte[] pdf) {
		Matcher sentence = SENTENCE.matcher(PdfReading.of(pdf).text());
		if (!sentence.find()) {
			throw new AssertionError("no totals sentence");
		}
		Map<RegistrationType, Long> counts = new EnumMap<>(RegistrationType.class);
		counts.put(RegistrationType.GEOGRAPHICAL_INDICATION, Long.valueOf(sentence.group(1)));
		counts.put(RegistrationType.CERTIFICATION_MARK, Long.valueOf(sentence.group(2)));
		counts.put(RegistrationType.COLLECTIVE_MARK, Long.valueOf(sentence.group(3)));
		try {
			return new SummaryTable(counts, rows(pieces(pdf)));
		}
		catch (AssertionError ex) {
			try {
				java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "report-samples"));
				java.nio.file.Files.write(java.nio.file.Path.of("target", "report-samples", "unread-summary.pdf"), pdf);
			}
			catch (IOException io) {
				ex.addSuppressed(io);
			}
			throw ex;
		}
	}

	/** The rows in force, by type (every type present). */
	Map<RegistrationType, Long> inForceRows() {
		Map<RegistrationType, Long> counts = new EnumMap<>(RegistrationType.class);
		for (RegistrationType type : RegistrationType.values()) {
			counts.put(type, 0L);
		}
		this.rows.stream()
			.filter(row -> row.standing().equals("Còn hiệu lực"))
			.forEach(row -> counts.merge(row.type(), 1L, Long::sum));
		return counts;
	}

	/**
	 * The table runs from its header ({@code TT} in the first column) to the heading of
	 * part 3; each ordinal in the first column opens a row that ends where the next one
	 * begins (rows are never split across pages, so the header repeated above a page's
	 * first ordinal belongs to no row).
	 */
	private static List<Row> rows(List<Piece> pieces) {
		float[] bounds = columns();
		int start = indexOf(pieces, piece -> piece.text().strip().equals("TT") && column(piece, bounds) == 0);
		int end = indexOf(pieces, piece -> piece.text().startsWith("3. Số văn bằng được cấp theo năm"));
		List<Piece> table = pieces.subList(start, end);
		List<Piece> ordinals = table.stream()
			.filter(piece -> column(piece, bounds) == 0 && piece.text().strip().matches("\\d+"))
			.toList();
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < ordinals.size(); i++) {
			Piece first = ordinals.get(i);
			Piece next = i + 1 < ordinals.size() ? ordinals.get(i + 1) : null;
			List<Piece> cells = table.stream().filter(piece -> within(piece, first, next)).toList();
			String type = cell(cells, 2, bounds);
			rows.add(new Row(Integer.parseInt(first.text().strip()), cell(cells, 1, bounds), TYPES.get(type),
					cell(cells, 7, bounds)));
			if (TYPES.get(type) == null) {
				throw new AssertionError("row " + first.text() + " on page " + first.page() + ": no type in \"" + type
						+ "\"; its pieces: " + cells + "; next: " + next);
			}
		}
		return rows;
	}

	private static boolean within(Piece piece, Piece first, Piece next) {
		if (piece.page() != first.page() || piece.y() > first.y() + SAME_LINE) {
			return false;
		}
		return next == null || next.page() != piece.page() || piece.y() > next.y() + SAME_LINE;
	}

	private static String cell(List<Piece> cells, int column, float[] bounds) {
		StringBuilder text = new StringBuilder();
		cells.stream()
			.filter(piece -> column(piece, bounds) == column)
			.sorted(Comparator.comparing(Piece::y).reversed().thenComparing(Piece::x))
			.forEach(piece -> text.append(piece.text()).append(' '));
		return text.toString().replaceAll("\\s+", " ").strip();
	}

	/** The left edges of the title table's columns and its right edge, in points. */
	private static float[] columns() {
		float left = 30 * PdfPages.MM;
		float width = (210 - 45) * PdfPages.MM;
		float[] bounds = new float[SummaryPdf.TITLE_COLUMNS.length + 1];
		bounds[0] = left;
		for (int i = 0; i < SummaryPdf.TITLE_COLUMNS.length; i++) {
			bounds[i + 1] = bounds[i] + width * SummaryPdf.TITLE_COLUMNS[i] / 100;
		}
		return bounds;
	}

	private static int column(Piece piece, float[] bounds) {
		for (int i = 0; i + 1 < bounds.length; i++) {
			if (piece.x() >= bounds[i] && piece.x() < bounds[i + 1]) {
				return i;
			}
		}
		return -1;
	}

	private static int indexOf(List<Piece> pieces, java.util.function.Predicate<Piece> test) {
		for (int i = 0; i < pieces.size(); i++) {
			if (test.test(pieces.get(i))) {
				return i;
			}
		}
		throw new AssertionError("not found in the summary");
	}

	/** Every piece of text, page by page in the order drawn. */
	private static List<Piece> pieces(byte[] pdf) {
		try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
			List<Piece> pieces = new ArrayList<>();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				int number = page;
				new PdfCanvasProcessor(new IEventListener() {
					@Override
					public void eventOccurred(IEventData data, EventType type) {
						TextRenderInfo info = (TextRenderInfo) data;
						Vector start = info.getBaseline().getStartPoint();
						pieces.add(new Piece(number, start.get(0), start.get(1), info.getText()));
					}

					@Override
					public Set<EventType> getSupportedEvents() {
						return Set.of(EventType.RENDER_TEXT);
					}
				}).processPageContent(document.getPage(page));
			}
			return pieces;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
