package vn.dost.registry.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;

/**
 * An address the security firewall refuses before any handler sees it (an encoded slash
 * or dot segment, a semicolon, NUL) is answered as every other bad request is: a 400
 * problem, rather than the firewall's empty 400.
 */
@Configuration(proxyBeanMethods = false)
class RejectedAddresses {

	private static final Logger log = LoggerFactory.getLogger(RejectedAddresses.class);

	/** Taken up by Spring Security's filter chain as its handler of refused requests. */
	@Bean
	ServerExchangeRejectedHandler problemForRejectedAddress(Problems problems) {
		return (exchange, ex) -> {
			log.debug("Refused address {}: {}", exchange.getRequest().getPath(), ex.getMessage());
			return problems.write(exchange, HttpStatus.BAD_REQUEST, "rejected-address");
		};
	}

}
