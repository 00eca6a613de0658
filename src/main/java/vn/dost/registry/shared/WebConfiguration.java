package vn.dost.registry.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;
import org.springframework.web.server.i18n.LocaleContextResolver;

/** The user's language comes from {@code Accept-Language}: Vietnamese unless English is asked for. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Bean(name = WebHttpHandlerBuilder.LOCALE_CONTEXT_RESOLVER_BEAN_NAME)
	LocaleContextResolver localeContextResolver() {
		AcceptHeaderLocaleContextResolver resolver = new AcceptHeaderLocaleContextResolver();
		resolver.setSupportedLocales(List.of(VIETNAMESE, Locale.ENGLISH));
		resolver.setDefaultLocale(VIETNAMESE);
		return resolver;
	}

}
