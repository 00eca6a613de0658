package vn.dost.registry.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.itextpdf.kernel.geom.Point;
import com.itextpdf.kernel.geom.Subpath;
import com.itextpdf.kernel.geom.Vector;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.PathRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import org.junit.jupiter.api.Test;

import vn.dost.registry.deadlines.DeadlineKind;
import vn.dost.registry.deadlines.MarkDeadline;
import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.shared.Records;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary's title table, drawn by hand, read back from the PDF with where each piece
 * of text and each rule lies: every title in order and whole on one page, the header at
 * the top of every page of the table, every piece inside its column and the page's text
 * area, long names wrapped with every letter kept.
 */
class SummaryTitleTableTests {

	private static final ReportSettings SETTINGS = new ReportSettings(null, null, null, null, null, null, null, null);

	private static final float LEFT = 30 * PdfPages.MM;

	private static final float RIGHT = 595 - 15 * PdfPages.MM;

	private static final float BOTTOM = 20 * PdfPages.MM;

	private static final float TOP = 842 - 20 * PdfPages.MM;

	private static final String LONG = "Gạo thơm đặc sản vùng đồng bằng sông Cửu Long của hợp tác xã Thạnh Phú số ";

	private static final String UNBROKEN = "Bưởiđặcsảnkhôngdấucáchdàihơnmộtcộtcủabảng";

	/**
	 * Text drawn on a page: from x0 to x1 on its baseline y, between its descent and
	 * ascent.
	 */
	private record Piece(int page, float x0, float x1, float y, float descent, float ascent, String text) {
	}

	/** A point of a rule, on its page. */
	private record Corner(int page, float x, float y) {
	}

	@Test
	void listsEveryTitleInOrderEachWholeOnItsPage() {
		List<String> names = names(400);
		byte[] pdf = pdf(names);
		SummaryTable read = SummaryTable.of(pdf);
		assertThat(read.rows()).extracting(SummaryTable.Row::ordinal).containsExactlyElementsOf(ordinals(400));
		List<String> printed = read.rows().stream().map(SummaryTable.Row::name).toList();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			String shown = name.equals(UNBROKEN) ? printed.get(i).replace(" ", "") : printed.get(i);
			assertThat(shown).as("row %d", i + 1).isEqualTo(name);
		}
		assertThat(PdfReading.of(pdf).pages()).isGreaterThan(10);
	}

	@Test
	void repeatsTheHeaderAtTheTopOfEveryPageOfTheTable() {
		List<Piece> pieces = tablePieces(pieces(pdf(names(400))));
		float[] columns = columns();
		Set<Integer> tablePages = new TreeSet<>();
		pieces.stream().filter(piece -> isOrdinal(piece, columns)).forEach(piece -> tablePages.add(piece.page()));
		assertThat(tablePages).hasSizeGreaterThan(10);
		for (int page : tablePages) {
			List<Piece> first = pieces.stream()
				.filter(piece -> piece.page() == page && column(piece, columns) == 0)
				.toList();
			Piece topmost = first.stream().max((a, b) -> Float.compare(a.y(), b.y())).orElseThrow();
			assertThat(topmost.text()).as("page %d", page).isEqualTo("TT");
			List<String> header = pieces.stream()
				.filter(piece -> piece.page() == page && Math.abs(piece.y() - topmost.y()) < 1)
				.map(Piece::text)
				.toList();
			assertThat(header).as("page %d", page)
				.containsExactly("TT", "Tên", "Loại", "Sản phẩm", "Chủ sở hữu / tổ", "Số văn bằng", "Ngày cấp", "Tình");
		}
	}

	@Test
	void drawsEveryPieceOfTheTableInsideItsColumnAndEveryRuleInsideTheTextArea() {
		byte[] pdf = pdf(names(400));
		float[] columns = columns();
		List<Piece> pieces = pieces(pdf);
		List<Piece> table = tablePieces(pieces);
		assertThat(table).hasSizeGreaterThan(400 * 8);
		for (Piece piece : table) {
			int column = column(piece, columns);
			assertThat(column).as("%s", piece).isNotNegative();
			assertThat(piece.x1()).as("%s", piece).isLessThanOrEqualTo(columns[column + 1]);
			assertThat(piece.descent()).as("%s", piece).isGreaterThanOrEqualTo(BOTTOM);
			assertThat(piece.ascent()).as("%s", piece).isLessThanOrEqualTo(TOP);
		}
		List<Corner> corners = corners(pdf);
		assertThat(corners).hasSizeGreaterThan(400 * 2);
		assertThat(corners).allSatisfy(corner -> {
			assertThat(corner.x()).as("%s", corner).isBetween(LEFT - 0.5f, RIGHT + 0.5f);
			assertThat(corner.y()).as("%s", corner).isBetween(BOTTOM - 0.5f, TOP + 0.5f);
		});
	}

	@Test
	void wrapsALongNameInsideItsColumnKeepingEveryLetter() {
		List<String> names = List.of(LONG.strip(), UNBROKEN, "Cà phê Buôn Ma Thuột");
		List<Piece> table = tablePieces(pieces(pdf(names)));
		float[] columns = columns();
		List<Piece> long1 = table.stream()
			.filter(piece -> column(piece, columns) == 1 && LONG.contains(piece.text().strip()))
			.toList();
		assertThat(long1).hasSizeGreaterThanOrEqualTo(4);
		assertThat(String.join(" ", long1.stream().map(Piece::text).toList())).isEqualTo(LONG.strip());
		assertThat(long1).allSatisfy(piece -> assertThat(piece.x0()).isEqualTo(long1.get(0).x0()));
		List<Piece> unbroken = table.stream()
			.filter(piece -> column(piece, columns) == 1 && UNBROKEN.contains(piece.text()))
			.toList();
		assertThat(unbroken).hasSizeGreaterThanOrEqualTo(2);
		assertThat(String.join("", unbroken.stream().map(Piece::text).toList())).isEqualTo(UNBROKEN);
	}

	@Test
	void saysSoInOneRowAcrossTheTableWhenThereAreNoTitles() {
		List<Piece> table = tablePieces(pieces(pdf(List.of())));
		float[] columns = columns();
		assertThat(table).filteredOn(piece -> piece.text().equals("Chưa có văn bằng."))
			.singleElement()
			.satisfies(piece -> assertThat(column(piece, columns)).isZero());
		assertThat(table).filteredOn(piece -> isOrdinal(piece, columns)).isEmpty();
	}

	/**
	 * Part 5 drawn the same way: its due titles in order, the header on each of its
	 * pages, its last rows on the signature's page, all inside the text area.
	 */
	@Test
	void listsEveryDueTitleInOrderAndKeepsTheLastWithTheSignature() {
		byte[] pdf = pdf(names(30), 70);
		List<Piece> pieces = pieces(pdf);
		float[] due = dueColumns();
		int start = 0;
		while (!pieces.get(start).text().startsWith("5. ")) {
			start++;
		}
		List<Piece> part = pieces.subList(start, pieces.size())
			.stream()
			.filter(piece -> piece.y() < TOP && piece.x0() > due[0] && piece.x0() < due[1])
			.toList();
		assertThat(part.stream().map(Piece::text).filter(text -> text.matches("\\d+")).map(Integer::valueOf))
			.containsExactlyElementsOf(ordinals(70));
		assertThat(part).allSatisfy(piece -> assertThat(piece.descent()).isGreaterThanOrEqualTo(BOTTOM));
		int pages = PdfReading.of(pdf).pages();
		List<Piece> signaturePage = pieces.stream().filter(piece -> piece.page() == pages).toList();
		assertThat(signaturePage).extracting(Piece::text).contains("Nơi nhận:", "70");
		for (int page = part.get(0).page() + 1; page <= pages; page++) {
			int number = page;
			List<Piece> onPage = part.stream().filter(piece -> piece.page() == number).toList();
			if (onPage.size() > 3) {
				assertThat(onPage.get(0).text()).as("page %d", page).isEqualTo("TT");
			}
		}
	}

	/** So many names, every seventh long enough to wrap, one without spaces. */
	private static List<String> names(int count) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			names.add(i == 100 ? UNBROKEN : i % 7 == 3 ? LONG + i : "Đặc sản thử nghiệm số " + i);
		}
		return names;
	}

	private static byte[] pdf(List<String> names) {
		return pdf(names, 0);
	}

	/** A made-up summary with the titles renamed and so many of them due. */
	private static byte[] pdf(List<String> names, int due) {
		ProvincialSummary madeUp = ReportWarmUp.madeUp(SETTINGS, names.size());
		List<SummaryRow> rows = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			SummaryRow row = madeUp.rows().get(i);
			RegistrationListing title = Records.with(row.title(), "facts",
					Records.with(row.title().facts(), "name", names.get(i)));
			rows.add(new SummaryRow(title, row.inForce(), row.standing()));
		}
		List<MarkDeadline> deadlines = new ArrayList<>();
		for (int i = 0; i < due; i++) {
			deadlines.add(new MarkDeadline(rows.get(i % rows.size()).title(), DeadlineKind.MARK_EXPIRES,
					madeUp.today().plusDays(i)));
		}
		ProvincialSummary summary = new ProvincialSummary(madeUp.letterhead(), madeUp.province(), madeUp.asOf(),
				madeUp.today(), rows, madeUp.grantedPerYear(), madeUp.ocopByStars(), deadlines);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SummaryPdf.write(summary, out);
		return out.toByteArray();
	}

	private static List<Integer> ordinals(int count) {
		List<Integer> ordinals = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			ordinals.add(i);
		}
		return ordinals;
	}

	/** The pieces from the first header's {@code TT} to the heading of part 3. */
	private static List<Piece> tablePieces(List<Piece> pieces) {
		int start = 0;
		while (!pieces.get(start).text().equals("TT")) {
			start++;
		}
		int end = start;
		while (!pieces.get(end).text().startsWith("3. ")) {
			end++;
		}
		return pieces.subList(start, end)
			.stream()
			.filter(piece -> !(piece.text().matches("\\d+") && piece.y() > TOP))
			.toList();
	}

	/** The left edges of part 5's first two columns, in points. */
	private static float[] dueColumns() {
		return new float[] { LEFT, LEFT + (RIGHT - LEFT) * 6 / 100 };
	}

	private static boolean isOrdinal(Piece piece, float[] columns) {
		return column(piece, columns) == 0 && piece.text().matches("\\d+");
	}

	/**
	 * The table's column edges in points, as {@link SummaryPdf#TITLE_COLUMNS} sets them.
	 */
	private static float[] columns() {
		float[] edges = new float[SummaryPdf.TITLE_COLUMNS.length + 1];
		edges[0] = LEFT;
		for (int i = 0; i < SummaryPdf.TITLE_COLUMNS.length; i++) {
			edges[i + 1] = edges[i] + (RIGHT - LEFT) * SummaryPdf.TITLE_COLUMNS[i] / 100;
		}
		return edges;
	}

	private static int column(Piece piece, float[] columns) {
		for (int i = 0; i + 1 < columns.length; i++) {
			if (piece.x0() > columns[i] && piece.x0() < columns[i + 1]) {
				return i;
			}
		}
		return -1;
	}

	private static List<Piece> pieces(byte[] pdf) {
		List<Piece> pieces = new ArrayList<>();
		read(pdf, (page, data) -> {
			if (data instanceof TextRenderInfo text) {
				pieces.add(new Piece(page, text.getBaseline().getStartPoint().get(0),
						text.getBaseline().getEndPoint().get(0), text.getBaseline().getStartPoint().get(1),
						text.getDescentLine().getStartPoint().get(1), text.getAscentLine().getStartPoint().get(1),
						text.getText()));
			}
		});
		return pieces;
	}

	/** Every point of every stroked rule on a page of the table. */
	private static List<Corner> corners(byte[] pdf) {
		List<Corner> corners = new ArrayList<>();
		read(pdf, (page, data) -> {
			if (data instanceof PathRenderInfo path && path.getOperation() != PathRenderInfo.NO_OP) {
				for (Subpath subpath : path.getPath().getSubpaths()) {
					for (Point point : subpath.getPiecewiseLinearApproximation()) {
						Vector on = new Vector((float) point.getX(), (float) point.getY(), 1).cross(path.getCtm());
						corners.add(new Corner(page, on.get(0), on.get(1)));
					}
				}
			}
		});
		return corners;
	}

	private interface Events {

		void on(int page, IEventData data);

	}

	private static void read(byte[] pdf, Events events) {
		try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				int number = page;
				new PdfCanvasProcessor(new IEventListener() {
					@Override
					public void eventOccurred(IEventData data, EventType type) {
						if (data instanceof TextRenderInfo text) {
							text.preserveGraphicsState();
						}
						events.on(number, data);
					}

					@Override
					public Set<EventType> getSupportedEvents() {
						return Set.of(EventType.RENDER_TEXT, EventType.RENDER_PATH);
					}
				}).processPageContent(document.getPage(page));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
