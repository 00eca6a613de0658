package vn.dost.registry.workspace;

import java.time.Duration;
import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The workspace's language: Vietnamese unless the user chose English. {@code ?lang=en}
 * (or {@code vi}) on any workspace address switches and is remembered in a cookie, also
 * before signing in. Runs ahead of the security filters, so that the login and error
 * pages they answer speak the same language.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class WorkspaceLanguage implements WebFilter {

	static final String PARAMETER = "lang";

	static final String COOKIE = "REGISTRY_LANG";

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final Duration REMEMBERED = Duration.ofDays(365);

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		if (!path.equals(WorkspaceLinks.HOME) && !path.startsWith(WorkspaceLinks.HOME + "/")) {
			return chain.filter(exchange);
		}
		String chosen = known(exchange.getRequest().getQueryParams().getFirst(PARAMETER));
		if (chosen != null) {
			exchange.getResponse()
				.addCookie(ResponseCookie.from(COOKIE, chosen)
					.path(WorkspaceLinks.HOME)
					.maxAge(REMEMBERED)
					.httpOnly(true)
					.sameSite("Lax")
					.build());
		}
		else {
			HttpCookie remembered = exchange.getRequest().getCookies().getFirst(COOKIE);
			chosen = remembered == null ? null : known(remembered.getValue());
		}
		LocaleContext language = new SimpleLocaleContext("en".equals(chosen) ? Locale.ENGLISH : VIETNAMESE);
		return chain.filter(new ServerWebExchangeDecorator(exchange) {
			@Override
			public LocaleContext getLocaleContext() {
				return language;
			}
		});
	}

	/** The language of the page being answered: {@code vi} or {@code en}. */
	static String of(ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return locale != null && locale.getLanguage().equals("en") ? "en" : "vi";
	}

	private static String known(String lang) {
		return "en".equalsIgnoreCase(lang) ? "en" : "vi".equalsIgnoreCase(lang) ? "vi" : null;
	}

}
