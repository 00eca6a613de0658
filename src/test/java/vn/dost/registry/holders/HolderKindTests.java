package vn.dost.registry.holders;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HolderKindTests {

	@Test
	void tellsTheKindFromTheWordsANameBeginsWith() {
		Map<String, HolderKind> names = Map.ofEntries(Map.entry("Hội Nông dân xã Tân Hợp", HolderKind.ASSOCIATION),
				Map.entry("Hiệp hội Cà phê Buôn Ma Thuột", HolderKind.ASSOCIATION),
				Map.entry("HOI SAN XUAT VA KINH DOANH CHE", HolderKind.ASSOCIATION),
				Map.entry("HTX Nông nghiệp Cam Lộ", HolderKind.COOPERATIVE),
				Map.entry("Hợp tác xã Dịch vụ Tân Lâm", HolderKind.COOPERATIVE),
				Map.entry("hop tac xa che", HolderKind.COOPERATIVE),
				Map.entry("Liên hiệp HTX Thương mại", HolderKind.COOPERATIVE),
				Map.entry("Công ty TNHH Hồ tiêu Việt", HolderKind.ENTERPRISE),
				Map.entry("Cty. CP Nông sản", HolderKind.ENTERPRISE),
				Map.entry("Doanh nghiệp tư nhân Hòa Phát", HolderKind.ENTERPRISE),
				Map.entry("UBND huyện Hướng Hóa", HolderKind.STATE_BODY),
				Map.entry("Ủy ban nhân dân tỉnh Quảng Trị", HolderKind.STATE_BODY),
				Map.entry("Sở Khoa học và Công nghệ Quảng Trị", HolderKind.STATE_BODY),
				Map.entry("Ban Quản lý các khu kinh tế", HolderKind.STATE_BODY),
				Map.entry("Trung tâm Khuyến nông", HolderKind.STATE_BODY));
		names.forEach((name, kind) -> assertThat(HolderKind.fromName(name)).as(name).contains(kind));
	}

	@Test
	void tellsNothingFromANameThatDoesNotSay() {
		for (String name : new String[] { "Nguyễn Văn Lành", "Sơn Trà Food", "Bảo tàng Hồ Chí Minh",
				"Viện Nghiên cứu Rau quả", "Nhà máy chè Hội An", "", "Trung" }) {
			assertThat(HolderKind.fromName(name)).as(name).isEmpty();
		}
		assertThat(HolderKind.fromName(null)).isEmpty();
	}

}
