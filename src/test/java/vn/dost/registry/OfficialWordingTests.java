package vn.dost.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The scanner of official outputs finds codes and English words, and only those. */
class OfficialWordingTests {

	@Test
	void findsAnEnglishNoteAndACodeAmongVietnameseWords() {
		assertThat(OfficialWording.findings("3875/QĐ-SHTT (amended by 1076/QĐ-SHTT of 2018-04-13)"))
			.containsExactly("amended", "by", "of");
		assertThat(OfficialWording.findings("Không thể thực hiện GRANT khi hồ sơ đang ở trạng thái FILED"))
			.containsExactly("GRANT", "FILED");
		assertThat(OfficialWording.findings("Nhãn hiệu: COLLECTIVE_MARK; nhóm FOOD")).containsExactly("COLLECTIVE_MARK",
				"FOOD");
	}

	@Test
	void letsVietnameseWordingNumbersAndNamesThrough() {
		assertThat(OfficialWording.findings("Đến nay, toàn tỉnh đã đăng ký bảo hộ được 02 chỉ dẫn địa lý, 06 nhãn hiệu"
				+ " chứng nhận và 59 nhãn hiệu tập thể; tô màu, in ấn, to nhỏ, no đủ. Số: 12/BC-SKHCN, 4-0012345-000,"
				+ " OCOP 4 sao, GRANTED_LIKE, Granted"))
			.containsExactly("Granted");
	}

}
