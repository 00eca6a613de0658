package vn.dost.registry.reports;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.renderer.AbstractRenderer;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;

/**
 * Places a {@link RuledTable}'s rows in the document's flow: as many whole rows as fit
 * below the header in the area given, the rest on the next page (at least one row when
 * iText forces placement on an empty page), so the heading before the table and the text
 * after it are laid out by iText as before. Layout only measures; drawing happens when
 * the page is flushed.
 */
final class RuledTableRenderer extends AbstractRenderer {

	private final RuledTable table;

	private final int from;

	private int to;

	RuledTableRenderer(Div element, RuledTable table, int from) {
		super(element);
		this.table = table;
		this.from = from;
		this.to = from;
	}

	@Override
	public LayoutResult layout(LayoutContext context) {
		LayoutArea area = context.getArea();
		Rectangle box = area.getBBox();
		int end = this.table.fitting(this.from, box.getHeight());
		if (end == this.from) {
			if (!Boolean.TRUE.equals(getProperty(Property.FORCED_PLACEMENT))) {
				return new LayoutResult(LayoutResult.NOTHING, null, null, this, this);
			}
			end = this.from + 1;
		}
		float height = this.table.height(this.from, end);
		LayoutArea occupied = new LayoutArea(area.getPageNumber(),
				new Rectangle(box.getX(), box.getTop() - height, box.getWidth(), height));
		if (end == this.table.size()) {
			this.to = end;
			this.occupiedArea = occupied;
			return new LayoutResult(LayoutResult.FULL, occupied, this, null);
		}
		RuledTableRenderer placed = new RuledTableRenderer((Div) this.modelElement, this.table, this.from);
		placed.to = end;
		placed.occupiedArea = occupied;
		return new LayoutResult(LayoutResult.PARTIAL, occupied, placed,
				new RuledTableRenderer((Div) this.modelElement, this.table, end));
	}

	@Override
	public void draw(DrawContext context) {
		Rectangle box = this.occupiedArea.getBBox();
		this.table.draw(context.getCanvas(), box.getX(), box.getTop(), this.from, this.to);
		this.flushed = true;
	}

	@Override
	public IRenderer getNextRenderer() {
		return new RuledTableRenderer((Div) this.modelElement, this.table, 0);
	}

}
