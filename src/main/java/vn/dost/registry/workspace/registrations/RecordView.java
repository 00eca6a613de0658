package vn.dost.registry.workspace.registrations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dost.registry.ocop.OcopProduct;
import vn.dost.registry.registry.AuthorisedUser;
import vn.dost.registry.registry.AuthorisedUserAction;
import vn.dost.registry.registry.AuthorisedUserStatus;
import vn.dost.registry.registry.LifecycleAction;
import vn.dost.registry.registry.Registration;
import vn.dost.registry.registry.RegistrationFacts;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.registry.Renewal;
import vn.dost.registry.workspace.FormErrors;
import vn.dost.registry.workspace.WorkspaceLinks;

/**
 * The record page of one title: its facts in groups (empty ones left out), where it
 * stands today (status, renewal), the lifecycle actions it allows now, its authorised
 * users and linked OCOP products, its history newest first, and what the user may do.
 *
 * @param seen how many history entries the page shows: its forms send it back, so that a
 * title changed meanwhile can show what changed since
 * @param open the form sent and refused, shown open with the user's input (null: none)
 * @param theirs when that form was refused because the title had changed meanwhile, the
 * changes made since the user's page was shown, oldest first
 * @param done the history action just recorded, for the notice that says so (null: none)
 */
public record RecordView(String id, long version, int seen, String name, RegistrationType type,
		RegistrationStatus status, Renewal renewal, LocalDate expiryDate, Map<String, List<Fact>> facts,
		List<String> dataIssues, List<LifecycleAction> actions, boolean mayWrite, boolean mayManageUsers,
		List<UserRow> users, List<OcopProduct> products, List<HistoryView> history, RegistrationForm stored,
		OpenForm open, List<HistoryView> theirs, String done) {

	/** The groups the facts are shown in, in order. */
	static final List<String> GROUPS = List.of("title", "place", "procedure", "description", "record");

	/** One fact: its field, its value as shown, and a link where it names a record. */
	public record Fact(String field, Shown value, String href) {
	}

	/**
	 * One authorised user, its status today and the decisions on its right that may be
	 * taken now.
	 */
	public record UserRow(AuthorisedUser user, AuthorisedUserStatus status, List<AuthorisedUserAction> decisions) {
	}

	static RecordView of(Registration title, LocalDate today, Rights rights, List<OcopProduct> products,
			Map<String, String> holderNames, OpenForm open, String done) {
		RegistrationStatus status = title.statusOn(today);
		List<HistoryView> history = new ArrayList<>(
				title.getHistory().stream().map(entry -> HistoryView.of(entry, holderNames)).toList());
		List<HistoryView> theirs = open != null && open.stale() ? StaleEdit.since(title, open.seen(), holderNames)
				: List.of();
		Collections.reverse(history);
		List<UserRow> users = title.getAuthorisedUsers().stream().map(user -> {
			AuthorisedUserStatus now = user.statusOn(today);
			return new UserRow(user, now,
					Arrays.stream(AuthorisedUserAction.values()).filter(action -> now.after(action) != null).toList());
		}).toList();
		return new RecordView(title.getId(), title.getVersion() == null ? 0 : title.getVersion(),
				title.getHistory().size(), title.getFacts().name(), title.getType(), status, title.renewalOn(today),
				title.getExpiryDate(), facts(title), title.getDataIssues(),
				rights.write() ? AllowedActions.of(title, today) : List.of(), rights.write(), rights.manageUsers(),
				users, List.copyOf(products), List.copyOf(history),
				RegistrationForm.of(title.getFacts(), title.getStoredStatus()), open, theirs, done);
	}

	/** What the user may do with this title. */
	record Rights(boolean write, boolean manageUsers) {
	}

	/** Whether a filing entered by mistake may be deleted: only while it is filed. */
	public boolean mayDelete() {
		return this.mayWrite && this.status == RegistrationStatus.FILED;
	}

	/** The values a lifecycle action's form shows: the user's if it was refused. */
	public FormValues actionForm(LifecycleAction action) {
		return isOpen("action-" + action) ? this.open : ActionForm.blank(action, this.stored);
	}

	/** The fields of a lifecycle action's form that are about the decision. */
	public List<String> decisionFields(LifecycleAction action) {
		return new ActionForm(action, Map.of()).decisionFields();
	}

	/** The values of another small form: the user's if it was refused. */
	public FormValues form(String formId) {
		return isOpen(formId) ? this.open : field -> "";
	}

	/** Whether the form is the one sent and refused. */
	public boolean isOpen(String formId) {
		return this.open != null && this.open.id().equals(formId);
	}

	/** What was wrong with the form (none unless it is the one refused). */
	public FormErrors errors(String formId) {
		return isOpen(formId) ? this.open.errors() : FormErrors.none();
	}

	/**
	 * What was wrong with the refused form when the page does not show that form (an
	 * action or decision not allowed now, a form the user may not use): shown at the top
	 * of the page instead.
	 */
	public FormErrors strayErrors() {
		if (this.open == null || shows(this.open.id())) {
			return FormErrors.none();
		}
		return this.open.errors();
	}

	private boolean shows(String formId) {
		if (formId.equals("delete")) {
			return true;
		}
		if (formId.equals("user-add")) {
			return this.mayManageUsers && this.status == RegistrationStatus.GRANTED;
		}
		if (formId.startsWith("action-")) {
			return this.actions.stream().anyMatch(action -> formId.equals("action-" + action));
		}
		return this.mayManageUsers && this.users.stream()
			.anyMatch(row -> row.decisions()
				.stream()
				.anyMatch(decision -> formId.equals("user-" + row.user().id() + "-" + decision)));
	}

	private static Map<String, List<Fact>> facts(Registration title) {
		RegistrationFacts f = title.getFacts();
		Map<String, List<Fact>> groups = new LinkedHashMap<>();
		group(groups, "title", fact("type", f.type()), fact("sign", f.sign()), fact("aliases", f.aliases()),
				fact("product", f.product()), fact("productGroup", f.productGroup()),
				fact("niceClasses", f.niceClasses()), f.holderId() == null ? null
						: new Fact("holderId", Shown.text(f.holderName()), WorkspaceLinks.holder(f.holderId())));
		group(groups, "place", fact("province", f.province()), fact("additionalProvinces", f.additionalProvinces()),
				fact("currentProvinces", f.currentProvinces()), fact("country", f.country()), fact("area", f.area()));
		group(groups, "procedure", fact("applicationNumber", f.applicationNumber()), fact("filingDate", f.filingDate()),
				fact("gazetteNumber", title.getGazetteNumber()), fact("grantDecision", f.grantDecision()),
				fact("registrationNumber", f.registrationNumber()), fact("grantDate", f.grantDate()),
				fact("grantDatePartial", f.grantDatePartial()), fact("expiryDate", title.getExpiryDate()),
				fact("public", f.publicListing()));
		group(groups, "description", fact("description", f.description()),
				fact("specificCharacteristics", f.specificCharacteristics()));
		group(groups, "record", fact("createdAt", title.getCreatedAt()), fact("updatedAt", title.getUpdatedAt()));
		return groups;
	}

	private static Fact fact(String field, Object value) {
		Shown shown = Shown.of(field, value);
		return shown == null ? null : new Fact(field, shown, null);
	}

	private static void group(Map<String, List<Fact>> groups, String group, Fact... facts) {
		List<Fact> shown = Arrays.stream(facts).filter(fact -> fact != null).toList();
		if (!shown.isEmpty()) {
			groups.put(group, shown);
		}
	}

}
