package vn.dost.registry.workspace.registrations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import vn.dost.registry.Bundles;
import vn.dost.registry.registry.AuthorisedUserAction;
import vn.dost.registry.registry.LifecycleAction;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.registry.RenewalState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The titles' pages name some words by keys built from a value (a field, an action, a
 * status): each has its words in Vietnamese and English.
 */
class RegistrationPagesWordsTests {

	@Test
	void everyKeyTheTitlesPagesBuildHasItsWords() throws IOException {
		List<String> keys = new ArrayList<>();
		RegistrationForm.FIELDS.forEach(field -> keys.add("app.registration.field." + field));
		List.of("gazetteNumber", "expiryDate", "currentProvinces", "createdAt", "updatedAt")
			.forEach(field -> keys.add("app.registration.field." + field));
		for (RegistrationStatus status : RegistrationStatus.values()) {
			keys.add("app.registration.entered." + status);
		}
		TitleListing.SORTS.forEach(sort -> keys.add("app.registration.sort." + sort));
		TitleListing.facetParameters().forEach(facet -> keys.add("app.registration.facet." + facet));
		for (LifecycleAction action : LifecycleAction.values()) {
			keys.add("app.record.action." + action + ".help");
			new ActionForm(action, Map.of()).decisionFields()
				.forEach(field -> keys.add("app.record.action.field." + field));
		}
		RecordUsersPage.FIELDS.forEach(field -> keys.add("app.record.users.field." + field));
		List.of("reason", "reference", "status", "statusReason")
			.forEach(field -> keys.add("app.record.users.field." + field));
		for (AuthorisedUserAction decision : AuthorisedUserAction.values()) {
			keys.add("app.record.users.decision." + decision);
			keys.add("app.record.users.confirm." + decision);
		}
		for (RegistrationType type : RegistrationType.values()) {
			keys.add("app.record.users.help." + type);
		}
		for (RenewalState state : RenewalState.values()) {
			keys.add("app.record.renewal.explain." + state);
		}
		RecordView.GROUPS.forEach(group -> keys.add("app.record.facts." + group));
		List.of("table", "giNoRenewal", "noExpiry", "renewalNotDue", "renewalLapsed", "deleteOnlyFiled")
			.forEach(rule -> keys.add("app.refusal.reason.msg.transition." + rule));
		keys.add("app.refusal.reason.msg.authorisedUser.titleNotGranted");
		keys.add("app.record.bool.true");
		keys.add("app.record.bool.false");

		Properties vi = Bundles.load("workspace_vi.properties");
		Properties en = Bundles.load("workspace_en.properties");
		Properties api = Bundles.load("messages_vi.properties");
		for (String key : keys) {
			assertThat(vi.getProperty(key)).as("vi " + key).isNotBlank();
			assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
		}
		keys.stream()
			.filter(key -> key.startsWith("app.refusal.reason."))
			.forEach(key -> assertThat(api.getProperty(key.substring("app.refusal.reason.".length())))
				.as("the API's rule " + key)
				.isNotBlank());
	}

}
