package vn.dost.registry.exchange;

import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Gives every row and cell of a worksheet the {@code r} reference it may lack before POI
 * reads it: the file format makes it optional, several tools leave it out, and POI's
 * streaming reader needs it. A row without one follows the previous row; a cell without
 * one follows the previous cell of its row, empty cells ({@code <c/>}) included.
 */
final class SheetReferences implements ContentHandler {

	private final ContentHandler delegate;

	/** The current row's number, 1-based as in the file. */
	private int row;

	/** The column the next cell without a reference is in, 0-based. */
	private int column;

	SheetReferences(ContentHandler delegate) {
		this.delegate = delegate;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		Attributes complete = attributes;
		String reference = attributes.getValue("r");
		if ("row".equals(localName)) {
			this.row = reference == null ? this.row + 1 : Integer.parseInt(reference.strip());
			this.column = 0;
			if (reference == null) {
				complete = withReference(attributes, Integer.toString(this.row));
			}
		}
		else if ("c".equals(localName)) {
			if (reference == null) {
				complete = withReference(attributes, CellReference.convertNumToColString(this.column) + this.row);
				this.column++;
			}
			else {
				this.column = new CellReference(reference).getCol() + 1;
			}
		}
		this.delegate.startElement(uri, localName, qName, complete);
	}

	private static Attributes withReference(Attributes attributes, String reference) {
		AttributesImpl added = new AttributesImpl(attributes);
		added.addAttribute("", "r", "r", "CDATA", reference);
		return added;
	}

	@Override
	public void setDocumentLocator(Locator locator) {
		this.delegate.setDocumentLocator(locator);
	}

	@Override
	public void startDocument() throws SAXException {
		this.delegate.startDocument();
	}

	@Override
	public void endDocument() throws SAXException {
		this.delegate.endDocument();
	}

	@Override
	public void startPrefixMapping(String prefix, String uri) throws SAXException {
		this.delegate.startPrefixMapping(prefix, uri);
	}

	@Override
	public void endPrefixMapping(String prefix) throws SAXException {
		this.delegate.endPrefixMapping(prefix);
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		this.delegate.endElement(uri, localName, qName);
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		this.delegate.characters(ch, start, length);
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
		this.delegate.ignorableWhitespace(ch, start, length);
	}

	@Override
	public void processingInstruction(String target, String data) throws SAXException {
		this.delegate.processingInstruction(target, data);
	}

	@Override
	public void skippedEntity(String name) throws SAXException {
		this.delegate.skippedEntity(name);
	}

}
