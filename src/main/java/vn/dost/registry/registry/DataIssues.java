package vn.dost.registry.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an officer still has to complete or check on a title: missing facts, and numbers
 * not in today's format (kept, since legacy numbers exist, but flagged).
 */
final class DataIssues {

	private static final Pattern GI_APPLICATION = Pattern.compile("6-\\d{4}-\\d{5}");

	private static final Pattern MARK_APPLICATION = Pattern.compile("4-\\d{4}-\\d{5}");

	private static final Pattern GI_CERTIFICATE = Pattern.compile("\\d{5}");

	private static final Pattern MARK_CERTIFICATE = Pattern.compile("4-\\d{7}-\\d{3}|\\d{5,6}");

	private DataIssues() {
	}

	static List<String> of(RegistrationFacts f, RegistrationStatus status) {
		boolean mark = f.type().isMark();
		List<String> issues = new ArrayList<>();
		addIf(issues, f.holderId() == null, "holderId.missing");
		addIf(issues, f.productGroup() == null, "productGroup.missing");
		addIf(issues, mark && f.niceClasses().isEmpty(), "niceClasses.missing");
		addIf(issues, f.applicationNumber() == null, "applicationNumber.missing");
		addIf(issues,
				f.applicationNumber() != null
						&& !(mark ? MARK_APPLICATION : GI_APPLICATION).matcher(f.applicationNumber()).matches(),
				"applicationNumber.nonStandard");
		addIf(issues, f.filingDate() == null, "filingDate.missing");
		if (status.isTitle()) {
			addIf(issues, f.registrationNumber() == null, "registrationNumber.missing");
			addIf(issues, f.grantDate() == null && f.grantDatePartial() == null, "grantDate.missing");
			addIf(issues, f.grantDate() == null && f.grantDatePartial() != null, "grantDate.partial");
		}
		addIf(issues,
				f.registrationNumber() != null
						&& !(mark ? MARK_CERTIFICATE : GI_CERTIFICATE).matcher(f.registrationNumber()).matches(),
				"registrationNumber.nonStandard");
		return issues;
	}

	private static void addIf(List<String> issues, boolean condition, String issue) {
		if (condition) {
			issues.add(issue);
		}
	}

}
