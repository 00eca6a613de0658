package vn.dost.registry.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.dost.registry.Bundles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message exists in Vietnamese and in English (the API's problems, the portal's and
 * the workspace's pages), and every key the code names exists.
 */
class MessageBundlesTests {

	private static final Pattern KEY_IN_CODE = Pattern.compile("\"((?:validation|msg)\\.[A-Za-z.]*[A-Za-z])\"");

	@ParameterizedTest
	@ValueSource(strings = { "messages", "portal", "workspace" })
	void hasTheSameKeysInVietnameseAndEnglish(String bundle) throws IOException {
		Properties vi = Bundles.load(bundle + "_vi.properties");
		Properties en = Bundles.load(bundle + "_en.properties");
		Properties fallback = Bundles.load(bundle + ".properties");
		assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
		assertThat(fallback).as("the fallback bundle is the Vietnamese one").isEqualTo(vi);
		vi.stringPropertyNames().forEach(key -> assertThat(vi.getProperty(key)).as(key).isNotBlank());
		en.stringPropertyNames().forEach(key -> assertThat(en.getProperty(key)).as(key).isNotBlank());
	}

	@Test
	void hasAMessageForEveryKeyTheCodeUses() throws IOException {
		Properties vi = Bundles.load("messages_vi.properties");
		Set<String> used = new TreeSet<>();
		var sources = new PathMatchingResourcePatternResolver().getResources("file:src/main/java/**/*.java");
		assertThat(sources).isNotEmpty();
		for (var source : sources) {
			Matcher matcher = KEY_IN_CODE.matcher(source.getContentAsString(StandardCharsets.UTF_8));
			while (matcher.find()) {
				used.add(matcher.group(1));
			}
		}
		assertThat(used).contains("validation.required", "msg.transition.table");
		assertThat(used).allSatisfy(key -> assertThat(vi.stringPropertyNames()).as(key).contains(key));
	}

}
