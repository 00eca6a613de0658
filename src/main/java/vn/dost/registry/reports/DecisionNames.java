package vn.dost.registry.reports;

import java.util.Map;

import vn.dost.registry.registry.HistoryAction;
import vn.dost.registry.registry.HistoryEntry;

/** The Vietnamese name of the decision a history entry records, by its action. */
final class DecisionNames {

	private static final Map<HistoryAction, String> NAMES = Map.ofEntries(
			Map.entry(HistoryAction.ACCEPT, "Chấp nhận đơn hợp lệ"), Map.entry(HistoryAction.PUBLISH, "Công bố đơn"),
			Map.entry(HistoryAction.GRANT, "Cấp văn bằng bảo hộ"),
			Map.entry(HistoryAction.RECORDED, "Cấp văn bằng bảo hộ"),
			Map.entry(HistoryAction.REFUSE, "Từ chối cấp văn bằng"), Map.entry(HistoryAction.WITHDRAW, "Rút đơn"),
			Map.entry(HistoryAction.RENEW, "Gia hạn hiệu lực"), Map.entry(HistoryAction.TERMINATE, "Chấm dứt hiệu lực"),
			Map.entry(HistoryAction.INVALIDATE, "Hủy bỏ hiệu lực"), Map.entry(HistoryAction.AMEND, "Sửa đổi văn bằng"),
			Map.entry(HistoryAction.AUTHORISED_USER_ADDED, "Cho phép sử dụng"),
			Map.entry(HistoryAction.AUTHORISED_USER_SUSPEND, "Đình chỉ quyền sử dụng"),
			Map.entry(HistoryAction.AUTHORISED_USER_REINSTATE, "Khôi phục quyền sử dụng"),
			Map.entry(HistoryAction.AUTHORISED_USER_REVOKE, "Thu hồi quyền sử dụng"),
			Map.entry(HistoryAction.AUTHORISED_USER_UPDATED, "Sửa thông tin người được sử dụng"),
			Map.entry(HistoryAction.CREATED, "Nộp đơn"), Map.entry(HistoryAction.IMPORTED, "Nhập từ tệp"),
			Map.entry(HistoryAction.UPDATED, "Sửa thông tin văn bằng"),
			Map.entry(HistoryAction.EXPIRED, "Hết hiệu lực do không gia hạn"),
			Map.entry(HistoryAction.CORRECTED, "Đính chính thông tin"));

	/**
	 * An action no name is known for (from a later version) reads as a decision, never as
	 * its code.
	 */
	private static final String ANY = "Quyết định";

	private DecisionNames() {
	}

	static String of(HistoryEntry entry) {
		return of(entry.kind());
	}

	static String of(HistoryAction action) {
		return NAMES.getOrDefault(action, ANY);
	}

}
