package vn.dost.registry.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * The user's language: on the public portal's pages ({@code /portal}) the {@code lang}
 * parameter, Vietnamese unless {@code lang=en}, so every page has one address per
 * language; elsewhere {@code Accept-Language}, Vietnamese unless English is asked for.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Bean(name = WebHttpHandlerBuilder.LOCALE_CONTEXT_RESOLVER_BEAN_NAME)
	LocaleContextResolver localeContextResolver() {
		AcceptHeaderLocaleContextResolver byHeader = new AcceptHeaderLocaleContextResolver();
		byHeader.setSupportedLocales(List.of(VIETNAMESE, Locale.ENGLISH));
		byHeader.setDefaultLocale(VIETNAMESE);
		return new LocaleContextResolver() {
			@Override
			public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
				if (exchange.getRequest().getPath().value().startsWith("/portal")) {
					String lang = exchange.getRequest().getQueryParams().getFirst("lang");
					return new SimpleLocaleContext("en".equalsIgnoreCase(lang) ? Locale.ENGLISH : VIETNAMESE);
				}
				return byHeader.resolveLocaleContext(exchange);
			}

			@Override
			public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
				throw new UnsupportedOperationException("The language comes from the request");
			}
		};
	}

}
