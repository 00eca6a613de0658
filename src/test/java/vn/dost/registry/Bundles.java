package vn.dost.registry;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;

/**
 * Message bundles read as the service reads them (UTF-8), for the tests of their words.
 */
public final class Bundles {

	private Bundles() {
	}

	/** The bundle file on the class path, e.g. {@code workspace_vi.properties}. */
	public static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
