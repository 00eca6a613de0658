package vn.dost.registry.registry.web;

import java.util.List;

import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;

/** Name completions for what a user has typed so far. */
record SuggestionResponse(List<Suggestion> items) {

	/** One title whose name (or sign, or an alias) begins with the words typed. */
	record Suggestion(String id, String name, RegistrationType type, RegistrationStatus status, String province) {
	}

}
