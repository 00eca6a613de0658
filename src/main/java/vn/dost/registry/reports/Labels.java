package vn.dost.registry.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import vn.dost.registry.deadlines.DeadlineKind;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.registry.RenewalState;
import vn.dost.registry.shared.VietnameseText;

/**
 * The Vietnamese wording of printed reports: official documents are issued in Vietnamese
 * only, so these labels are not translated through the message bundles.
 */
final class Labels {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Map<RegistrationType, String> TYPES = Map.of(RegistrationType.GEOGRAPHICAL_INDICATION,
			"Chỉ dẫn địa lý", RegistrationType.CERTIFICATION_MARK, "Nhãn hiệu chứng nhận",
			RegistrationType.COLLECTIVE_MARK, "Nhãn hiệu tập thể");

	private static final Map<RegistrationStatus, String> STATUSES = Map.of(RegistrationStatus.FILED, "Đã nộp đơn",
			RegistrationStatus.ACCEPTED, "Đơn hợp lệ", RegistrationStatus.PUBLISHED, "Đã công bố đơn",
			RegistrationStatus.GRANTED, "Còn hiệu lực", RegistrationStatus.REFUSED, "Bị từ chối",
			RegistrationStatus.WITHDRAWN, "Đã rút đơn", RegistrationStatus.EXPIRED, "Hết hiệu lực",
			RegistrationStatus.TERMINATED, "Bị chấm dứt", RegistrationStatus.INVALIDATED, "Bị hủy bỏ");

	private static final Map<RenewalState, String> RENEWALS = Map.of(RenewalState.NOT_DUE, "Chưa đến hạn gia hạn",
			RenewalState.WINDOW_OPEN, "Trong thời hạn gia hạn", RenewalState.IN_GRACE, "Trong thời gian ân hạn",
			RenewalState.LAPSED, "Quá hạn gia hạn");

	private static final Map<DeadlineKind, String> DEADLINES = Map.of(DeadlineKind.RENEWAL_WINDOW_OPENS,
			"Bắt đầu thời hạn gia hạn", DeadlineKind.MARK_EXPIRES, "Hết thời hạn hiệu lực",
			DeadlineKind.GRACE_PERIOD_ENDS, "Hết thời gian ân hạn", DeadlineKind.MARK_LAPSED, "Đã quá thời gian ân hạn",
			DeadlineKind.OCOP_CERTIFICATE_EXPIRES, "Giấy chứng nhận OCOP hết hiệu lực",
			DeadlineKind.AUTHORISED_USER_EXPIRES, "Quyền sử dụng hết hiệu lực");

	private Labels() {
	}

	static String type(RegistrationType type) {
		return type == null ? "" : TYPES.get(type);
	}

	static String status(RegistrationStatus status) {
		return status == null ? "" : STATUSES.get(status);
	}

	static String renewal(RenewalState state) {
		return state == null ? "Không áp dụng" : RENEWALS.get(state);
	}

	static String deadline(DeadlineKind kind) {
		return DEADLINES.get(kind);
	}

	static String day(LocalDate day) {
		return day == null ? "" : DAY.format(day);
	}

	/** Text as drawn: NFC (decomposed input renders the same), never null. */
	static String text(String text) {
		return text == null ? "" : VietnameseText.nfc(text);
	}

	/** A count written with at least two digits, as official reports do: 02, 06, 59. */
	static String count(long count) {
		return String.format("%02d", count);
	}

}
