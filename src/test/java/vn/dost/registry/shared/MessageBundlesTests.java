package vn.dost.registry.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.dost.registry.Bundles;
import vn.dost.registry.registry.AuthorisedUserAction;
import vn.dost.registry.registry.AuthorisedUserStatus;
import vn.dost.registry.registry.AuthorisedUserTransitionNotAllowed;
import vn.dost.registry.registry.LifecycleAction;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.TransitionNotAllowed;

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

	/**
	 * Every action and status a refused transition can name has its words in both
	 * languages, so no problem message falls back to a code.
	 */
	@Test
	void namesEveryActionAndStatusOfARefusedTransitionInWords() throws IOException {
		List<String> keys = new ArrayList<>();
		Stream.of(LifecycleAction.values(), AuthorisedUserAction.values())
			.flatMap(Stream::of)
			.forEach(action -> keys.add(TransitionNotAllowed.ACTION_KEY + ((Enum<?>) action).name()));
		keys.add(TransitionNotAllowed.ACTION_KEY + "DELETE");
		keys.add(TransitionNotAllowed.ACTION_KEY + "ADD");
		Stream.of(RegistrationStatus.values()).forEach(status -> keys.add(TransitionNotAllowed.STATUS_KEY + status));
		Stream.of(AuthorisedUserStatus.values())
			.forEach(status -> keys.add(AuthorisedUserTransitionNotAllowed.USER_STATUS_KEY + status));
		for (String bundle : List.of("messages_vi.properties", "messages_en.properties")) {
			Properties messages = Bundles.load(bundle);
			assertThat(keys).allSatisfy(key -> assertThat(messages.getProperty(key)).as("%s in %s", key, bundle)
				.isNotBlank()
				.doesNotContainPattern("[A-Z]{4,}"));
		}
	}

}
