package vn.dost.registry.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an officer still has to complete or check on a title: missing facts, and numbers
 * not in today's format (kept, since legacy numbers exist, but flagged).
 */
public final class DataIssues {

	private static final String HOLDER = "holderId.missing";

	private static final String PRODUCT_GROUP = "productGroup.missing";

	private static final String NICE_CLASSES = "niceClasses.missing";

	private static final String APPLICATION = "applicationNumber.missing";

	private static final String APPLICATION_FORMAT = "applicationNumber.nonStandard";

	private static final String FILING_DATE = "filingDate.missing";

	private static final String REGISTRATION = "registrationNumber.missing";

	private static final String GRANT_DATE = "grantDate.missing";

	private static final String GRANT_DATE_PARTIAL = "grantDate.partial";

	private static final String REGISTRATION_FORMAT = "registrationNumber.nonStandard";

	/** Every kind of data issue a title can have, in the order a title lists them. */
	public static final List<String> KINDS = List.of(HOLDER, PRODUCT_GROUP, NICE_CLASSES, APPLICATION,
			APPLICATION_FORMAT, FILING_DATE, REGISTRATION, GRANT_DATE, GRANT_DATE_PARTIAL, REGISTRATION_FORMAT);

	private static final Pattern GI_APPLICATION = Pattern.compile("6-\\d{4}-\\d{5}");

	private static final Pattern MARK_APPLICATION = Pattern.compile("4-\\d{4}-\\d{5}");

	private static final Pattern GI_CERTIFICATE = Pattern.compile("\\d{5}");

	private static final Pattern MARK_CERTIFICATE = Pattern.compile("4-\\d{7}-\\d{3}|\\d{5,6}");

	private DataIssues() {
	}

	static List<String> of(RegistrationFacts f, RegistrationStatus status) {
		boolean mark = f.type().isMark();
		List<String> issues = new ArrayList<>();
		addIf(issues, f.holderId() == null, HOLDER);
		addIf(issues, f.productGroup() == null, PRODUCT_GROUP);
		addIf(issues, mark && f.niceClasses().isEmpty(), NICE_CLASSES);
		addIf(issues, f.applicationNumber() == null, APPLICATION);
		addIf(issues,
				f.applicationNumber() != null
						&& !(mark ? MARK_APPLICATION : GI_APPLICATION).matcher(f.applicationNumber()).matches(),
				APPLICATION_FORMAT);
		addIf(issues, f.filingDate() == null, FILING_DATE);
		if (status.isTitle()) {
			addIf(issues, f.registrationNumber() == null, REGISTRATION);
			addIf(issues, f.grantDate() == null && f.grantDatePartial() == null, GRANT_DATE);
			addIf(issues, f.grantDate() == null && f.grantDatePartial() != null, GRANT_DATE_PARTIAL);
		}
		addIf(issues,
				f.registrationNumber() != null
						&& !(mark ? MARK_CERTIFICATE : GI_CERTIFICATE).matcher(f.registrationNumber()).matches(),
				REGISTRATION_FORMAT);
		return issues;
	}

	private static void addIf(List<String> issues, boolean condition, String issue) {
		if (condition) {
			issues.add(issue);
		}
	}

}
