package vn.dost.registry.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.cache.ICacheEntryValidity;
import org.thymeleaf.exceptions.TemplateInputException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The page templates, read from {@code classpath:templates/} once at start and kept in
 * memory: Thymeleaf's default resolver reads a template file when it is first rendered,
 * which would block an event-loop thread. Replaces Spring Boot's
 * {@code defaultTemplateResolver}.
 */
@Configuration(proxyBeanMethods = false)
class PortalTemplates {

	private static final String ROOT = "/templates/";

	private static final String SUFFIX = ".html";

	@Bean(name = "defaultTemplateResolver")
	AbstractTemplateResolver defaultTemplateResolver() {
		Map<String, String> templates = new HashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:templates/**/*" + SUFFIX)) {
				String url = resource.getURL().toString();
				String name = url.substring(url.lastIndexOf(ROOT) + ROOT.length(), url.length() - SUFFIX.length());
				templates.put(name, resource.getContentAsString(StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new InMemory(templates);
	}

	/**
	 * Templates by name ({@code portal/index}), as HTML, never stale (they cannot change
	 * while running).
	 */
	static final class InMemory extends AbstractTemplateResolver {

		private final Map<String, String> templates;

		InMemory(Map<String, String> templates) {
			this.templates = Map.copyOf(templates);
			setName("in-memory templates");
		}

		@Override
		protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
				String template, Map<String, Object> attributes) {
			String text = this.templates.get(template);
			if (text == null) {
				throw new TemplateInputException("No template named " + template);
			}
			return new StringTemplateResource(text);
		}

		@Override
		protected TemplateMode computeTemplateMode(IEngineConfiguration configuration, String ownerTemplate,
				String template, Map<String, Object> attributes) {
			return TemplateMode.HTML;
		}

		@Override
		protected ICacheEntryValidity computeValidity(IEngineConfiguration configuration, String ownerTemplate,
				String template, Map<String, Object> attributes) {
			return AlwaysValidCacheEntryValidity.INSTANCE;
		}

	}

}
