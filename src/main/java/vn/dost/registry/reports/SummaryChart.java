package vn.dost.registry.reports;

import java.util.List;
import java.util.Map;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;

import vn.dost.registry.registry.RegistrationType;

/**
 * Draws the bar chart of titles granted per year, one bar per type, with iText's own
 * canvas into a form XObject (vector graphics, no image library).
 */
final class SummaryChart {

	static final float WIDTH = 460;

	static final float HEIGHT = 230;

	private static final float LEFT = 30;

	private static final float BOTTOM = 24;

	private static final float TOP = 30;

	private static final List<Color> COLOURS = List.of(new DeviceRgb(0x1f, 0x4e, 0x79), new DeviceRgb(0xc5, 0x5a, 0x11),
			new DeviceRgb(0x7f, 0x7f, 0x7f));

	private SummaryChart() {
	}

	static PdfFormXObject draw(Map<Integer, Map<RegistrationType, Long>> perYear, ReportFonts fonts, PdfDocument pdf) {
		PdfFormXObject chart = new PdfFormXObject(new Rectangle(WIDTH, HEIGHT));
		PdfCanvas canvas = new PdfCanvas(chart, pdf);
		long highest = Math.max(1,
				perYear.values()
					.stream()
					.flatMap(types -> types.values().stream())
					.mapToLong(Long::longValue)
					.max()
					.orElse(1));
		long step = Math.max(1, (long) Math.ceil(highest / 5.0));
		long top = step * (long) Math.ceil((double) highest / step);
		float plotWidth = WIDTH - LEFT - 4;
		float plotHeight = HEIGHT - BOTTOM - TOP;
		axes(canvas, fonts, top, step, plotWidth, plotHeight);
		legend(canvas, fonts);
		int years = Math.max(1, perYear.size());
		float group = plotWidth / years;
		float bar = group / (RegistrationType.values().length + 1);
		int index = 0;
		for (Map.Entry<Integer, Map<RegistrationType, Long>> year : perYear.entrySet()) {
			float x = LEFT + index * group + bar / 2;
			for (RegistrationType type : RegistrationType.values()) {
				long count = year.getValue().getOrDefault(type, 0L);
				float height = plotHeight * count / top;
				canvas.setFillColor(COLOURS.get(type.ordinal())).rectangle(x, BOTTOM, bar, height).fill();
				x += bar;
			}
			if (years <= 14 || index % 2 == 0) {
				text(canvas, fonts, String.valueOf(year.getKey()), LEFT + index * group + group / 2, BOTTOM - 11, 7,
						true);
			}
			index++;
		}
		canvas.release();
		return chart;
	}

	private static void axes(PdfCanvas canvas, ReportFonts fonts, long top, long step, float width, float height) {
		canvas.setStrokeColor(ColorConstants.LIGHT_GRAY).setLineWidth(0.4f);
		for (long value = 0; value <= top; value += step) {
			float y = BOTTOM + height * value / top;
			canvas.moveTo(LEFT, y).lineTo(LEFT + width, y).stroke();
			text(canvas, fonts, String.valueOf(value), LEFT - 4, y - 3, 8, false);
		}
		canvas.setStrokeColor(ColorConstants.BLACK).setLineWidth(0.8f);
		canvas.moveTo(LEFT, BOTTOM).lineTo(LEFT + width, BOTTOM).stroke();
		canvas.moveTo(LEFT, BOTTOM).lineTo(LEFT, BOTTOM + height).stroke();
	}

	private static void legend(PdfCanvas canvas, ReportFonts fonts) {
		float x = LEFT;
		for (RegistrationType type : RegistrationType.values()) {
			canvas.setFillColor(COLOURS.get(type.ordinal())).rectangle(x, HEIGHT - 14, 9, 9).fill();
			String label = Labels.type(type);
			canvas.setFillColor(ColorConstants.BLACK)
				.beginText()
				.setFontAndSize(fonts.regular, 9)
				.moveText(x + 12, HEIGHT - 13)
				.showText(label)
				.endText();
			x += 12 + fonts.regular.getWidth(label, 9) + 16;
		}
	}

	/** Text centred on x, or right-aligned to it. */
	private static void text(PdfCanvas canvas, ReportFonts fonts, String text, float x, float y, float size,
			boolean centred) {
		float width = fonts.regular.getWidth(text, size);
		canvas.setFillColor(ColorConstants.BLACK)
			.beginText()
			.setFontAndSize(fonts.regular, size)
			.moveText(centred ? x - width / 2 : x - width, y)
			.showText(text)
			.endText();
	}

}
