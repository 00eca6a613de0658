package vn.dost.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

/**
 * Finds words written in page templates instead of taken from the message bundles: text
 * between tags, and attributes people read ({@code title}, {@code aria-label}, …) written
 * literally. Comments, the doctype and machine values ({@code content="width=…"},
 * {@code value="en"}) are not words.
 */
public final class TemplateTexts {

	/** Text between tags: after a '>' and before the next '<'. */
	private static final Pattern TEXT = Pattern.compile(">([^<]*)<");

	/** Attributes people read, written literally instead of through th:*. */
	private static final Pattern READ_ATTRIBUTE = Pattern
		.compile("\\s(alt|title|placeholder|aria-label|label|value|content)=\"([^\"]*)\"");

	private TemplateTexts() {
	}

	/** Every word written in the templates, as {@code file: text}. */
	public static List<String> writtenIn(Resource... templates) throws IOException {
		List<String> found = new ArrayList<>();
		for (Resource template : templates) {
			String html = template.getContentAsString(StandardCharsets.UTF_8)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?i)<!DOCTYPE[^>]*>", "");
			for (String text : textIn(html)) {
				found.add(template.getFilename() + ": " + text);
			}
			Matcher attribute = READ_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				String value = attribute.group(2);
				boolean machineValue = attribute.group(1).equals("content") && value.matches("[a-z=, .0-9-]*")
						|| attribute.group(1).equals("value") && value.matches("[a-z]*");
				if (!machineValue && value.codePoints().anyMatch(Character::isLetter)) {
					found.add(template.getFilename() + ": " + attribute.group());
				}
			}
		}
		return found;
	}

	/** The text between tags that has letters in it. */
	public static List<String> textIn(String html) {
		List<String> found = new ArrayList<>();
		Matcher text = TEXT.matcher(html);
		while (text.find()) {
			if (text.group(1).codePoints().anyMatch(Character::isLetter)) {
				found.add(text.group(1).strip());
			}
		}
		return found;
	}

}
