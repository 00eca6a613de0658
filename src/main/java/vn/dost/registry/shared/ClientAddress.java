package vn.dost.registry.shared;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.security.util.matcher.InetAddressMatcher;
import org.springframework.security.util.matcher.InetAddressMatchers;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The address of the client a request comes from, for sign-in limits and the audit trail:
 * the connection's peer, or, when that peer is one of the proxies named in
 * {@code registry.security.trusted-proxies}, the address those proxies forwarded in
 * {@code X-Forwarded-For}. Anybody can send that header, so it is believed only from a
 * trusted proxy. Every request carries the address in its Reactor context.
 */
@Component
// Before the security filter chain (-100), whose sign-in checks read the address.
@Order(-300)
public class ClientAddress implements WebFilter {

	static final String FORWARDED_FOR = "X-Forwarded-For";

	private static final Pattern IPV4 = Pattern.compile("([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})");

	private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

	private static final String KEY = ClientAddress.class.getName();

	private final InetAddressMatcher trusted;

	ClientAddress(@Value("${registry.security.trusted-proxies:}") List<String> trustedProxies) {
		List<String> proxies = trustedProxies.stream().map(String::trim).filter(proxy -> !proxy.isEmpty()).toList();
		this.trusted = proxies.isEmpty() ? address -> false
				: InetAddressMatchers.builder().includeAddresses(proxies).build();
	}

	/** The current request's client address; empty outside a request. */
	public static Mono<Optional<String>> current() {
		return Mono.deferContextual(context -> Mono.just(context.<String>getOrEmpty(KEY)));
	}

	/**
	 * Puts the address into a Reactor context, as this filter does for each request
	 * (tests use it to act from a given address).
	 */
	public static Context within(Context context, String address) {
		return context.put(KEY, address);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String address = resolve(exchange.getRequest().getRemoteAddress(),
				exchange.getRequest().getHeaders().get(FORWARDED_FOR));
		return chain.filter(exchange).contextWrite(context -> within(context, address));
	}

	/**
	 * The client: the peer, or walking the forwarded addresses from the nearest, the
	 * first that is not a trusted proxy.
	 */
	String resolve(InetSocketAddress peer, List<String> forwardedFor) {
		InetAddress hop = peer == null ? null : peer.getAddress();
		if (hop == null) {
			return "unknown";
		}
		List<String> forwarded = forwardedFor == null ? List.of()
				: forwardedFor.stream().flatMap(value -> List.of(value.split(",")).stream()).map(String::trim).toList();
		for (int i = forwarded.size() - 1; i >= 0 && this.trusted.matches(hop); i--) {
			InetAddress next = literal(forwarded.get(i));
			if (next == null) {
				break;
			}
			hop = next;
		}
		return hop.getHostAddress();
	}

	/**
	 * A literal IPv4 or IPv6 address, else null: anything else given to
	 * {@link InetAddress#getByName} could start a (blocking) DNS lookup.
	 */
	static InetAddress literal(String text) {
		try {
			Matcher ipv4 = IPV4.matcher(text);
			if (ipv4.matches()) {
				byte[] bytes = new byte[4];
				for (int i = 0; i < 4; i++) {
					int part = Integer.parseInt(ipv4.group(i + 1));
					if (part > 255) {
						return null;
					}
					bytes[i] = (byte) part;
				}
				return InetAddress.getByAddress(bytes);
			}
			// With a colon the JDK reads the text as an IPv6 literal or refuses it; it
			// never looks it up.
			return IPV6.matcher(text).matches() ? InetAddress.getByName(text) : null;
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

}
