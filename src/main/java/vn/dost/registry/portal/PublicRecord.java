package vn.dost.registry.portal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A public title with its decisions, oldest first, and its active authorised users. */
public record PublicRecord(@JsonUnwrapped PublicRegistration title, List<PublicDecision> decisions,
		List<PublicUser> authorisedUsers) {
}
