package vn.dost.registry.registry;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action and status a refused transition can name has its words in both languages,
 * so no problem message falls back to a code.
 */
class TransitionMessagesTests {

	@Test
	void namesEveryActionAndStatusInVietnameseAndEnglish() throws IOException {
		List<String> keys = new ArrayList<>();
		for (LifecycleAction action : LifecycleAction.values()) {
			keys.add(TransitionNotAllowed.ACTION_KEY + action);
		}
		for (AuthorisedUserAction action : AuthorisedUserAction.values()) {
			keys.add(TransitionNotAllowed.ACTION_KEY + action);
		}
		keys.add(TransitionNotAllowed.ACTION_KEY + "DELETE");
		keys.add(TransitionNotAllowed.ACTION_KEY + "ADD");
		for (RegistrationStatus status : RegistrationStatus.values()) {
			keys.add(TransitionNotAllowed.STATUS_KEY + status);
		}
		for (AuthorisedUserStatus status : AuthorisedUserStatus.values()) {
			keys.add(AuthorisedUserTransitionNotAllowed.USER_STATUS_KEY + status);
		}
		for (String bundle : List.of("messages_vi.properties", "messages_en.properties")) {
			Properties messages = load(bundle);
			assertThat(keys).allSatisfy(key -> assertThat(messages.getProperty(key)).as("%s in %s", key, bundle)
				.isNotBlank()
				.doesNotContainPattern("[A-Z]{4,}"));
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
