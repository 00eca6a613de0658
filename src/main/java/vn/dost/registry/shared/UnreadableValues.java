package vn.dost.registry.shared;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * JSON read on past the values that cannot be read (a date that is no date, a word that
 * is not one of the allowed values, an object where text belongs): each is noted under
 * its field's path ({@code filingDate}, {@code niceClasses[1]}) and left null. Jackson
 * stops at the first by itself. A document that is no JSON object at all still fails.
 */
public final class UnreadableValues {

	private UnreadableValues() {
	}

	/** The reader, noting each value it cannot read in the list instead of failing. */
	public static ObjectReader noted(ObjectReader reader, List<FieldViolation> unreadable) {
		return reader.withHandler(new Collector(unreadable));
	}

	/** Notes a value that cannot be read under its field's path and reads on. */
	private static final class Collector extends DeserializationProblemHandler {

		private final List<FieldViolation> unreadable;

		Collector(List<FieldViolation> unreadable) {
			this.unreadable = unreadable;
		}

		@Override
		public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
				String failure) {
			return note(context.getParser());
		}

		@Override
		public Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number value,
				String failure) {
			return note(context.getParser());
		}

		@Override
		public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
				JsonParser parser, String failure) {
			if (token == null || path(parser).isEmpty()) {
				return NOT_HANDLED;
			}
			// An object or array where a value belongs: skipped whole.
			parser.skipChildren();
			return note(parser);
		}

		private Object note(JsonParser parser) {
			String path = path(parser);
			if (path.isEmpty()) {
				return NOT_HANDLED;
			}
			this.unreadable.add(new FieldViolation(path, "validation.unreadable"));
			return null;
		}

		/**
		 * The path of the value the parser is at, as the problems name fields:
		 * {@code filingDate}, {@code niceClasses[1]}.
		 */
		private static String path(JsonParser parser) {
			Deque<String> segments = new ArrayDeque<>();
			for (TokenStreamContext at = parser.streamReadContext(); at != null && !at.inRoot(); at = at.getParent()) {
				if (at.inObject() && at.currentName() != null) {
					segments.addFirst(at.currentName());
				}
				else if (at.inArray() && at.hasCurrentIndex()) {
					segments.addFirst("[" + at.getCurrentIndex() + "]");
				}
			}
			StringBuilder path = new StringBuilder();
			for (String segment : segments) {
				if (!path.isEmpty() && !segment.startsWith("[")) {
					path.append('.');
				}
				path.append(segment);
			}
			return path.toString();
		}

	}

}
