package vn.dost.registry.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.dost.registry.Bundles;
import vn.dost.registry.TemplateTexts;
import vn.dost.registry.audit.AuditAction;
import vn.dost.registry.deadlines.DeadlineKind;
import vn.dost.registry.exchange.ImportRecord;
import vn.dost.registry.holders.HolderKind;
import vn.dost.registry.ocop.OcopHistoryEntry;
import vn.dost.registry.ocop.OcopProduct;
import vn.dost.registry.ocop.OcopProductGroup;
import vn.dost.registry.registry.AuthorisedUserAction;
import vn.dost.registry.registry.AuthorisedUserStatus;
import vn.dost.registry.registry.DataIssues;
import vn.dost.registry.registry.LifecycleAction;
import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.registry.RenewalState;
import vn.dost.registry.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a workspace page shows comes from the bundles: no template has text of its
 * own, every key a template names exists, and every value of the registry's vocabularies
 * (statuses, types, data issues, deadlines, history actions…) has its words.
 */
class WorkspaceMessagesTests {

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{(app\\.[A-Za-z.]+[A-Za-z])[}(]");

	@Test
	void templatesHaveNoTextOfTheirOwn() throws IOException {
		assertThat(TemplateTexts.writtenIn(templates())).as("text written in templates instead of message keys")
			.isEmpty();
	}

	@Test
	void hasTheWordsOfEveryKeyTheTemplatesAndVocabulariesUse() throws IOException {
		Properties vi = Bundles.load("workspace_vi.properties");
		Properties en = Bundles.load("workspace_en.properties");
		Set<String> used = new TreeSet<>();
		for (Resource template : templates()) {
			Matcher literal = LITERAL_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (literal.find()) {
				used.add(literal.group(1));
			}
		}
		assertThat(used).contains("app.name", "app.login.username", "app.dashboard.counts");
		vocabulary("app.status.", RegistrationStatus.values()).forEach(used::add);
		vocabulary("app.type.", RegistrationType.values()).forEach(used::add);
		vocabulary("app.group.", ProductGroup.values()).forEach(used::add);
		vocabulary("app.renewal.", RenewalState.values()).forEach(used::add);
		vocabulary("app.userStatus.", AuthorisedUserStatus.values()).forEach(used::add);
		vocabulary("app.deadline.", DeadlineKind.values()).forEach(used::add);
		vocabulary("app.role.", Role.values()).forEach(used::add);
		vocabulary("app.history.", LifecycleAction.values()).forEach(used::add);
		vocabulary("app.history.AUTHORISED_USER_", AuthorisedUserAction.values()).forEach(used::add);
		Stream
			.of("CREATED", "RECORDED", "UPDATED", "IMPORTED", "EXPIRED", "AUTHORISED_USER_ADDED",
					"AUTHORISED_USER_UPDATED")
			.forEach(action -> used.add("app.history." + action));
		DataIssues.KINDS.forEach(kind -> used.add("app.dataIssue." + kind));
		vocabulary("app.holders.kind.", HolderKind.values()).forEach(used::add);
		vocabulary("app.ocop.group.", OcopProductGroup.values()).forEach(used::add);
		vocabulary("app.ocop.action.", OcopHistoryEntry.Action.values()).forEach(used::add);
		Stream.of(OcopProduct.REGISTERED_MARK_MISSING, OcopProduct.HOLDER_MISSING).forEach(issue -> {
			used.add("app.ocop.issue." + issue);
			used.add("app.ocop.issueHelp." + issue);
		});
		vocabulary("app.imports.state.", ImportRecord.State.values()).forEach(used::add);
		vocabulary("app.users.roleHint.", Role.values()).forEach(used::add);
		vocabulary("app.audit.action.", AuditAction.values()).forEach(used::add);
		Arrays.stream(ErrorPages.Problem.values()).forEach(problem -> {
			used.add("app.error." + problem.key + ".title");
			used.add("app.error." + problem.key + ".detail");
		});
		Stream
			.of(new vn.dost.registry.security.Actor("a", Set.of(Role.ADMIN), List.of(), null),
					new vn.dost.registry.security.Actor("h", Set.of(Role.HOLDER), List.of(), "holder-id"))
			.flatMap(actor -> Navigation.of(actor, "/app").entries().stream())
			.forEach(entry -> used.add("app.nav." + entry.key()));
		for (String key : used) {
			assertThat(vi.getProperty(key)).as("vi " + key).isNotBlank();
			assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
		}
	}

	private static Stream<String> vocabulary(String prefix, Enum<?>[] values) {
		return Arrays.stream(values).map(value -> prefix + value.name());
	}

	private static Resource[] templates() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:templates/app/**/*.html");
		assertThat(found).hasSizeGreaterThanOrEqualTo(5);
		return found;
	}

}
