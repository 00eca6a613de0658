package vn.dost.registry.workspace;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The workspace's settings ({@code registry.workspace.*}).
 *
 * @param idleTimeout how long a session lasts without a request
 * @param secureCookie whether the session cookie is sent only over HTTPS (on behind
 * HTTPS)
 */
@ConfigurationProperties("registry.workspace")
record WorkspaceSettings(@DefaultValue("PT30M") Duration idleTimeout, @DefaultValue("false") boolean secureCookie) {
}
