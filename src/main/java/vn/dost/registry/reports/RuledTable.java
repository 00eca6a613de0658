package vn.dost.registry.reports;

import java.util.ArrayList;
import java.util.List;

import com.itextpdf.io.font.FontMetrics;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;

/**
 * A table of text measured and drawn by hand instead of by iText's table layout (which
 * spent most of a 1,000-title summary's time on its cells): each cell broken into lines
 * by the fonts' glyph widths, rows kept whole on a page, the bold centred header (if any)
 * drawn again at the top of every page; rules, padding, line spacing and so every
 * position as iText draws a table (0.5 pt rules, 2 pt padding, lines 1.35 times the
 * font's height).
 */
final class RuledTable {

	static final float BORDER = 0.5f;

	static final float PADDING = 2;

	private static final float LEADING = 1.35f;

	private final ReportFonts fonts;

	private final float size;

	/**
	 * Each column's left rule from the leftmost, then the rightmost: the rules' centres
	 * span the width less one rule's.
	 */
	private final float[] edges;

	/** Each column's own cell: the bounds 0, 1, … n. */
	private final int[] columns;

	private final List<Row> rows = new ArrayList<>();

	/** The header row; none is drawn while it is empty (no cells, no height). */
	private Row header = new Row(null, List.of(), 0, 0, 0);

	/** A line of a cell, moved right by {@code indent} points when centred. */
	record Line(String text, float indent) {
	}

	/** A cell over columns {@code first} to {@code last} (exclusive). */
	record Cell(int first, int last, List<Line> lines) {
	}

	/**
	 * A row in one font: its cells, its height, the first line's baseline below the row's
	 * top and the distance between lines.
	 */
	record Row(PdfFont font, List<Cell> cells, float height, float baseline, float lineHeight) {
	}

	/**
	 * An empty table without header of the given width (points), its columns in percent
	 * of it.
	 */
	RuledTable(float[] percents, float width, ReportFonts fonts, float size) {
		this.fonts = fonts;
		this.size = size;
		this.edges = new float[percents.length + 1];
		this.columns = new int[percents.length + 1];
		for (int i = 0; i < percents.length; i++) {
			this.edges[i + 1] = this.edges[i] + (width - BORDER) * percents[i] / 100;
			this.columns[i + 1] = i + 1;
		}
	}

	RuledTable header(String... names) {
		this.header = measure(this.fonts.bold, true, this.columns, names);
		return this;
	}

	void row(String... cells) {
		this.rows.add(measure(this.fonts.regular, false, this.columns, cells));
	}

	/** A row of one cell across every column. */
	void across(String text) {
		this.rows.add(measure(this.fonts.regular, false, new int[] { 0, this.edges.length - 1 }, text));
	}

	int size() {
		return this.rows.size();
	}

	/** The element to add to the document: laid out by {@link RuledTableRenderer}. */
	IBlockElement element() {
		Div element = new Div();
		element.setNextRenderer(new RuledTableRenderer(element, this, 0));
		return element;
	}

	/**
	 * The end (exclusive) of the rows from {@code from} that fit with the header in a
	 * height; {@code from} when not even one does.
	 */
	int fitting(int from, float height) {
		float used = this.header.height();
		int end = from;
		while (end < this.rows.size() && used + this.rows.get(end).height() <= height + 0.01f) {
			used += this.rows.get(end).height();
			end++;
		}
		return end;
	}

	/** The height of the header and the rows from {@code from} to {@code to}. */
	float height(int from, int to) {
		float height = this.header.height();
		for (int i = from; i < to; i++) {
			height += this.rows.get(i).height();
		}
		return height;
	}

	/**
	 * Draws the header and the rows from {@code from} to {@code to} in the area whose top
	 * left corner is at the point: the rules (centred on the cells' edges, so the outer
	 * ones lie inside the area; each column's rule in one stroke as far as its rows have
	 * an edge there), then the text in one text object, each line placed from the last
	 * (fewer numbers to write than placing each anew).
	 */
	void draw(PdfCanvas canvas, float left, float top, int from, int to) {
		List<Row> drawn = new ArrayList<>(to - from + 1);
		if (!this.header.cells().isEmpty()) {
			drawn.add(this.header);
		}
		drawn.addAll(this.rows.subList(from, to));
		float x0 = left + BORDER / 2;
		float y0 = top - BORDER / 2;
		rules(canvas.saveState().setLineWidth(BORDER), drawn, x0, y0);
		canvas.stroke().restoreState().beginText();
		float y = y0;
		// In hundredths of a point (as iText writes numbers), so moves add up exactly.
		int lineX = 0;
		int lineY = 0;
		PdfFont font = null;
		for (Row row : drawn) {
			if (row.font() != font) {
				font = row.font();
				canvas.setFontAndSize(font, this.size);
			}
			for (Cell cell : row.cells()) {
				float x = x0 + this.edges[cell.first()] + BORDER / 2 + PADDING;
				float baseline = y - row.baseline();
				for (Line line : cell.lines()) {
					int atX = Math.round((x + line.indent()) * 100);
					int atY = Math.round(baseline * 100);
					canvas.moveText((atX - lineX) / 100.0, (atY - lineY) / 100.0).showText(line.text());
					lineX = atX;
					lineY = atY;
					baseline -= row.lineHeight();
				}
			}
			y -= row.height();
		}
		canvas.endText();
	}

	/** The rules of the rows drawn from the top at {@code y0}. */
	private void rules(PdfCanvas canvas, List<Row> drawn, float x0, float y0) {
		int last = this.edges.length - 1;
		float right = x0 + this.edges[last];
		float y = y0;
		canvas.moveTo(x0, y).lineTo(right, y);
		for (Row row : drawn) {
			y -= row.height();
			canvas.moveTo(x0, y).lineTo(right, y);
		}
		for (int edge = 0; edge <= last; edge++) {
			float x = x0 + this.edges[edge];
			float runTop = y0;
			y = y0;
			for (Row row : drawn) {
				if (!hasEdge(row, edge)) {
					if (y < runTop) {
						canvas.moveTo(x, runTop).lineTo(x, y);
					}
					runTop = y - row.height();
				}
				y -= row.height();
			}
			if (y < runTop) {
				canvas.moveTo(x, runTop).lineTo(x, y);
			}
		}
	}

	/** Whether a cell of the row begins or ends at the edge. */
	private boolean hasEdge(Row row, int edge) {
		for (Cell cell : row.cells()) {
			if (cell.first() == edge || cell.last() == edge) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A row of cells between the given column bounds ({@code texts[i]} from column
	 * {@code bounds[i]} to {@code bounds[i + 1]}).
	 */
	private Row measure(PdfFont font, boolean centred, int[] bounds, String... texts) {
		FontMetrics metrics = font.getFontProgram().getFontMetrics();
		float ascent = metrics.getAscender() * this.size / 1000;
		float glyphs = (metrics.getAscender() - metrics.getDescender()) * this.size / 1000;
		float lineHeight = glyphs * LEADING;
		List<Cell> cells = new ArrayList<>(texts.length);
		int most = 1;
		for (int i = 0; i < texts.length; i++) {
			float inner = this.edges[bounds[i + 1]] - this.edges[bounds[i]] - BORDER - 2 * PADDING;
			List<Line> lines = new ArrayList<>(2);
			for (String text : TextLines.of(texts[i], font, this.size, inner)) {
				lines.add(new Line(text, centred ? (inner - font.getWidth(text, this.size)) / 2 : 0));
			}
			cells.add(new Cell(bounds[i], bounds[i + 1], lines));
			most = Math.max(most, lines.size());
		}
		float baseline = BORDER / 2 + PADDING + (lineHeight - glyphs) / 2 + ascent;
		return new Row(font, cells, most * lineHeight + 2 * PADDING + BORDER, baseline, lineHeight);
	}

}
