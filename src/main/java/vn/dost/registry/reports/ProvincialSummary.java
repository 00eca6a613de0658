package vn.dost.registry.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.dost.registry.deadlines.MarkDeadline;
import vn.dost.registry.registry.RegistrationType;

/**
 * Everything the provincial summary prints, gathered before drawing starts: the totals
 * sentence counts the same rows the table lists.
 */
record ProvincialSummary(Letterhead letterhead, String province, LocalDate asOf, LocalDate today, List<SummaryRow> rows,
		Map<Integer, Map<RegistrationType, Long>> grantedPerYear, Map<Integer, Long> ocopByStars,
		List<MarkDeadline> due) {

	/** The rows in force on the day asked, by type. */
	Map<RegistrationType, Long> inForce() {
		return SummaryFigures.inForce(this.rows);
	}

	/**
	 * {@code Đến nay, toàn tỉnh đã đăng ký bảo hộ được 02 chỉ dẫn địa lý, …}: the totals
	 * sentence, and how many titles it cannot count for want of a grant date.
	 */
	String totalsSentence() {
		Map<RegistrationType, Long> inForce = inForce();
		String sentence = "Đến nay, " + this.letterhead.area() + " đã đăng ký bảo hộ được "
				+ Labels.count(inForce.get(RegistrationType.GEOGRAPHICAL_INDICATION)) + " chỉ dẫn địa lý, "
				+ Labels.count(inForce.get(RegistrationType.CERTIFICATION_MARK)) + " nhãn hiệu chứng nhận và "
				+ Labels.count(inForce.get(RegistrationType.COLLECTIVE_MARK)) + " nhãn hiệu tập thể"
				+ " (văn bằng còn hiệu lực tính đến ngày " + Labels.day(this.asOf) + ", kể cả các tỉnh cũ nay thuộc "
				+ this.letterhead.area().replace("toàn ", "") + " " + this.province + ").";
		long undated = this.rows.stream().filter(row -> SummaryRow.GRANT_DATE_UNKNOWN.equals(row.standing())).count();
		return undated == 0 ? sentence : sentence + " Ngoài ra, " + Labels.count(undated)
				+ " văn bằng chưa rõ ngày cấp, được đưa vào cơ sở dữ liệu sau ngày này, không được tính.";
	}

	/** The heading of the table, with the day its standings are read on. */
	String tableHeading() {
		return "2. Danh mục văn bằng trên địa bàn (tình trạng tính đến ngày " + Labels.day(this.asOf) + ")";
	}

}
