package vn.dost.registry.reports;

import java.util.Map;

/** The Vietnamese name of the decision a history entry records, by its action. */
final class DecisionNames {

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("ACCEPT", "Chấp nhận đơn hợp lệ"),
			Map.entry("PUBLISH", "Công bố đơn"), Map.entry("GRANT", "Cấp văn bằng bảo hộ"),
			Map.entry("RECORDED", "Cấp văn bằng bảo hộ"), Map.entry("REFUSE", "Từ chối cấp văn bằng"),
			Map.entry("WITHDRAW", "Rút đơn"), Map.entry("RENEW", "Gia hạn hiệu lực"),
			Map.entry("TERMINATE", "Chấm dứt hiệu lực"), Map.entry("INVALIDATE", "Hủy bỏ hiệu lực"),
			Map.entry("AMEND", "Sửa đổi văn bằng"), Map.entry("AUTHORISED_USER_ADDED", "Cho phép sử dụng"),
			Map.entry("AUTHORISED_USER_SUSPEND", "Đình chỉ quyền sử dụng"),
			Map.entry("AUTHORISED_USER_REINSTATE", "Khôi phục quyền sử dụng"),
			Map.entry("AUTHORISED_USER_REVOKE", "Thu hồi quyền sử dụng"),
			Map.entry("AUTHORISED_USER_UPDATED", "Sửa thông tin người được sử dụng"), Map.entry("CREATED", "Nộp đơn"),
			Map.entry("IMPORTED", "Nhập từ tệp"), Map.entry("UPDATED", "Sửa thông tin văn bằng"),
			Map.entry("EXPIRED", "Hết hiệu lực do không gia hạn"), Map.entry("CORRECTED", "Đính chính thông tin"));

	/**
	 * An action no name is known for (from a later version) reads as a decision, never as
	 * its code.
	 */
	private static final String ANY = "Quyết định";

	private DecisionNames() {
	}

	static String of(String action) {
		return NAMES.getOrDefault(action, ANY);
	}

}
