package vn.dost.registry.shared;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * X-Forwarded-For is believed only from a trusted proxy, and read from the nearest hop.
 */
class ClientAddressTests {

	private static final InetSocketAddress PROXY = new InetSocketAddress("10.0.0.5", 40000);

	private static final InetSocketAddress STRANGER = new InetSocketAddress("203.0.113.9", 40000);

	@Test
	void ignoresForwardedForWithoutTrustedProxies() {
		ClientAddress addresses = new ClientAddress(List.of());
		assertThat(addresses.resolve(PROXY, List.of("198.51.100.1"))).isEqualTo("10.0.0.5");
	}

	@Test
	void ignoresForwardedForFromAPeerThatIsNotATrustedProxy() {
		ClientAddress addresses = new ClientAddress(List.of("10.0.0.0/8"));
		assertThat(addresses.resolve(STRANGER, List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
	}

	@Test
	void takesTheNearestAddressThatIsNotATrustedProxy() {
		ClientAddress addresses = new ClientAddress(List.of("10.0.0.0/8", " "));
		assertThat(addresses.resolve(PROXY, List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
		// The client may send a made-up first entry: the proxies append the real one.
		assertThat(addresses.resolve(PROXY, List.of("1.2.3.4, 198.51.100.1", "10.0.0.7"))).isEqualTo("198.51.100.1");
		assertThat(addresses.resolve(PROXY, List.of("2001:db8::1"))).isEqualTo("2001:db8:0:0:0:0:0:1");
	}

	@Test
	void stopsAtAnEntryThatIsNotALiteralAddress() {
		ClientAddress addresses = new ClientAddress(List.of("10.0.0.0/8"));
		assertThat(addresses.resolve(PROXY, List.of("evil.example.com"))).isEqualTo("10.0.0.5");
		assertThat(addresses.resolve(PROXY, List.of("999.1.1.1"))).isEqualTo("10.0.0.5");
		assertThat(addresses.resolve(PROXY, List.of("unknown, 10.0.0.6"))).isEqualTo("10.0.0.6");
		assertThat(addresses.resolve(null, List.of("198.51.100.1"))).isEqualTo("unknown");
	}

}
