package vn.dost.registry.exchange;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

/**
 * One line of a backup file checked before it is parsed and after: nested no deeper than
 * {@value #MAX_DEPTH} (the parser recurses per level, and a line nested thousands deep
 * would exhaust the thread's stack), a JSON object in Extended JSON, and a document with
 * no field name MongoDB refuses to store ({@code $…}, dots, NUL).
 */
final class BackupLine {

	/**
	 * Deeper than any document the registry writes (a title's history entry holds values
	 * about six levels down).
	 */
	static final int MAX_DEPTH = 64;

	private BackupLine() {
	}

	/** The parsed line, or null when it is not one (see {@link #problem}). */
	static Document parse(String text) {
		if (depth(text) > MAX_DEPTH || !text.strip().startsWith("{")) {
			return null;
		}
		try {
			return Document.parse(text);
		}
		catch (RuntimeException | StackOverflowError ex) {
			// JsonParseException, BsonInvalidOperationException, NumberFormatException
			// (an
			// integer past 64 bits), IllegalArgumentException: all mean the line is not
			// a backup line. The depth check keeps the stack from overflowing; should a
			// line the check misjudged overflow it anyway, the line is refused rather
			// than
			// the worker thread dying with the request never answered.
			return null;
		}
	}

	/** Why {@link #parse} gave nothing: the message key of the line's problem. */
	static String problem(String text) {
		return depth(text) > MAX_DEPTH ? "validation.restore.depth" : "validation.restore.json";
	}

	/** Whether every field name, at every level, may be stored. */
	static boolean storable(Object value) {
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String name = String.valueOf(entry.getKey());
				if (name.startsWith("$") || name.indexOf('.') >= 0 || name.indexOf('\0') >= 0
						|| !storable(entry.getValue())) {
					return false;
				}
			}
		}
		else if (value instanceof List<?> list) {
			return list.stream().allMatch(BackupLine::storable);
		}
		return true;
	}

	/** Whether a value may be a document's {@code _id}. */
	static boolean identifier(Object id) {
		return id != null && !(id instanceof List<?>) && !(id instanceof Set<?>);
	}

	/**
	 * How deep objects and arrays nest in the line, outside strings (in double or, as
	 * Extended JSON also reads them, single quotes).
	 */
	static int depth(String text) {
		int depth = 0;
		int deepest = 0;
		char quote = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				if (c == '\\') {
					i++;
				}
				else if (c == quote) {
					quote = 0;
				}
			}
			else if (c == '"' || c == '\'') {
				quote = c;
			}
			else if (c == '{' || c == '[') {
				deepest = Math.max(deepest, ++depth);
			}
			else if (c == '}' || c == ']') {
				depth--;
			}
		}
		return deepest;
	}

}
