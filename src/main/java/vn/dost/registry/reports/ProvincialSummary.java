package vn.dost.registry.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.dost.registry.deadlines.MarkDeadline;
import vn.dost.registry.registry.RegistrationListing;
import vn.dost.registry.registry.RegistrationType;

/** Everything the provincial summary prints, gathered before drawing starts. */
record ProvincialSummary(Letterhead letterhead, String province, LocalDate asOf, LocalDate today,
		List<RegistrationListing> titles, Map<RegistrationType, Long> inForce,
		Map<Integer, Map<RegistrationType, Long>> grantedPerYear, Map<Integer, Long> ocopByStars,
		List<MarkDeadline> due) {

	/**
	 * {@code Đến nay, toàn tỉnh đã đăng ký bảo hộ được 02 chỉ dẫn địa lý, …}: the totals
	 * sentence.
	 */
	String totalsSentence() {
		return "Đến nay, " + this.letterhead.area() + " đã đăng ký bảo hộ được "
				+ Labels.count(this.inForce.get(RegistrationType.GEOGRAPHICAL_INDICATION)) + " chỉ dẫn địa lý, "
				+ Labels.count(this.inForce.get(RegistrationType.CERTIFICATION_MARK)) + " nhãn hiệu chứng nhận và "
				+ Labels.count(this.inForce.get(RegistrationType.COLLECTIVE_MARK)) + " nhãn hiệu tập thể"
				+ " (văn bằng còn hiệu lực tính đến ngày " + Labels.day(this.asOf) + ", kể cả các tỉnh cũ nay thuộc "
				+ this.letterhead.area().replace("toàn ", "") + " " + this.province + ").";
	}

}
