package vn.dost.registry.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.dost.registry.Bundles;
import vn.dost.registry.TemplateTexts;
import vn.dost.registry.registry.AuthorisedUserStatus;
import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.registry.RenewalState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a portal page shows comes from the message bundles: a template with text of
 * its own fails, and so does a key missing in Vietnamese or English.
 */
class PortalMessagesTests {

	private static final Pattern LITERAL_KEY = Pattern
		.compile("#\\{(portal\\.[A-Za-z.-]+)|msg\\('(portal\\.[A-Za-z.-]+)'[,)]");

	private static final Pattern DYNAMIC_KEY = Pattern.compile("msg\\('(portal\\.[A-Za-z]+\\.)' \\+");

	@Test
	void templatesHaveNoTextOfTheirOwn() throws IOException {
		assertThat(TemplateTexts.writtenIn(templates())).as("text written in templates instead of message keys")
			.isEmpty();
	}

	@Test
	void findsTextWrittenInATemplate() {
		assertThat(TemplateTexts.textIn("<p>Tra cứu</p><span th:text=\"#{portal.site}\"></span>"))
			.containsExactly("Tra cứu");
	}

	@Test
	void hasEveryKeyInBothLanguages() throws IOException {
		Properties vi = Bundles.load("portal_vi.properties");
		Properties en = Bundles.load("portal_en.properties");
		assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
		assertThat(Bundles.load("portal.properties")).as("the fallback bundle is the Vietnamese one").isEqualTo(vi);
		Set<String> used = new TreeSet<>();
		Set<String> prefixes = new TreeSet<>();
		for (Resource template : templates()) {
			String html = template.getContentAsString(StandardCharsets.UTF_8);
			Matcher literal = LITERAL_KEY.matcher(html);
			while (literal.find()) {
				used.add(literal.group(1) != null ? literal.group(1) : literal.group(2));
			}
			Matcher dynamic = DYNAMIC_KEY.matcher(html);
			while (dynamic.find()) {
				prefixes.add(dynamic.group(1));
			}
		}
		assertThat(prefixes).contains("portal.type.", "portal.status.", "portal.group.", "portal.renewal.",
				"portal.action.", "portal.sort.");
		for (String prefix : prefixes) {
			values(prefix).forEach(value -> used.add(prefix + value));
		}
		PublicRecords.DECISIONS.forEach(action -> used.add("portal.action." + action));
		used.addAll(PortalErrorPages.KEYS);
		used.add("portal.feed.userEntry");
		assertThat(used).contains("portal.site", "portal.search.label");
		for (String key : used) {
			assertThat(vi.getProperty(key)).as("vi " + key).isNotBlank();
			assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
		}
	}

	private static List<String> values(String prefix) {
		return switch (prefix) {
			case "portal.type." -> names(RegistrationType.values());
			case "portal.status." -> names(RegistrationStatus.values());
			case "portal.group." -> names(ProductGroup.values());
			case "portal.renewal." -> names(RenewalState.values());
			case "portal.action." -> List.of("RECORDED", "GRANT", "RENEW", "AMEND", "TERMINATE", "INVALIDATE",
					"EXPIRED", "AUTHORISED_USER_SUSPEND", "AUTHORISED_USER_REVOKE");
			case "portal.userStatus.", "portal.verdict." -> names(AuthorisedUserStatus.values());
			case "portal.sort." -> List.of("relevance", "name", "-grantDate", "expiryDate");
			default -> throw new AssertionError("A key made from " + prefix + " that this test does not know");
		};
	}

	private static List<String> names(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).toList();
	}

	private static Resource[] templates() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:templates/portal/*.html");
		assertThat(found).hasSizeGreaterThanOrEqualTo(5);
		return found;
	}

}
