package vn.dost.registry.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text file read one line at a time as strict UTF-8, with the line's number: a line
 * that is not UTF-8 (a file saved in a legacy code page) or is longer than
 * {@value #MAX_LINE_BYTES} bytes comes back as a problem of that line rather than as
 * replaced characters or an exhausted memory. Lines end at {@code \n}, with or without
 * {@code \r}; a byte-order mark before the first line is dropped.
 */
final class TextLines implements Closeable {

	/** As long as a line may be: 16 MiB, the longest field the CSV reader takes. */
	static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

	/** The message key of a line that is not UTF-8. */
	static final String NOT_UTF8 = "validation.file.encoding";

	/** The message key of a line over {@link #MAX_LINE_BYTES}. */
	static final String TOO_LONG = "validation.file.lineTooLong";

	private final InputStream input;

	private final byte[] chunk = new byte[64 * 1024];

	private int start;

	private int end;

	private byte[] line = new byte[1024];

	private int length;

	private int number;

	private TextLines(InputStream input) {
		this.input = input;
	}

	static TextLines open(Path file) throws IOException {
		return new TextLines(Files.newInputStream(file));
	}

	/**
	 * The lines of a file that are not UTF-8 or too long, as problems of the column
	 * {@code file}; at most {@code max}.
	 */
	static List<ImportReport.RowError> problems(Path file, int max) throws IOException {
		List<ImportReport.RowError> problems = new ArrayList<>();
		try (TextLines lines = open(file)) {
			for (Line line = lines.next(); line != null && problems.size() < max; line = lines.next()) {
				if (line.problem() != null) {
					problems.add(new ImportReport.RowError(line.number(), "file", line.problem()));
				}
			}
		}
		return problems;
	}

	/** A line: its number (the first is 1) and its text, or the key of its problem. */
	record Line(int number, String text, String problem) {
	}

	/** The next line, or null at the end of the file. */
	Line next() throws IOException {
		this.length = 0;
		boolean tooLong = false;
		boolean any = false;
		while (true) {
			if (this.start == this.end && !fill()) {
				if (!any) {
					return null;
				}
				break;
			}
			any = true;
			int newline = indexOfNewline();
			int stop = newline < 0 ? this.end : newline;
			tooLong = tooLong || !append(stop);
			this.start = newline < 0 ? this.end : newline + 1;
			if (newline >= 0) {
				break;
			}
		}
		this.number++;
		if (tooLong) {
			return new Line(this.number, null, TOO_LONG);
		}
		int size = this.length > 0 && this.line[this.length - 1] == '\r' ? this.length - 1 : this.length;
		int from = this.number == 1 && startsWithBom(size) ? 3 : 0;
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(this.line, from, size - from))
				.toString();
			return new Line(this.number, text, null);
		}
		catch (CharacterCodingException ex) {
			return new Line(this.number, null, NOT_UTF8);
		}
	}

	private boolean fill() throws IOException {
		int read = this.input.read(this.chunk);
		this.start = 0;
		this.end = Math.max(read, 0);
		return read > 0;
	}

	private int indexOfNewline() {
		for (int i = this.start; i < this.end; i++) {
			if (this.chunk[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

	/** Adds the chunk's bytes up to {@code stop}; false once the line is too long. */
	private boolean append(int stop) {
		int count = stop - this.start;
		if (this.length + count > MAX_LINE_BYTES) {
			this.length = MAX_LINE_BYTES + 1;
			return false;
		}
		if (this.length + count > this.line.length) {
			this.line = Arrays.copyOf(this.line, Math.max(this.length + count, this.line.length * 2));
		}
		System.arraycopy(this.chunk, this.start, this.line, this.length, count);
		this.length += count;
		return true;
	}

	private boolean startsWithBom(int size) {
		return size >= 3 && this.line[0] == (byte) 0xEF && this.line[1] == (byte) 0xBB && this.line[2] == (byte) 0xBF;
	}

	@Override
	public void close() throws IOException {
		this.input.close();
	}

}
