package vn.dost.registry.reports;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What official reports print unless the request says otherwise
 * ({@code registry.reports.*}): the issuing body, the document number's suffix, the
 * signer and the recipients. The superior body defaults to the province's people's
 * committee ({@code UBND TỈNH …}) when not set.
 */
@ConfigurationProperties("registry.reports")
public record ReportSettings(String superiorBody, String issuingBody, String numberSuffix, String signerAuthority,
		String signerTitle, String signerName, List<String> recipients, String subject) {

	public ReportSettings {
		issuingBody = orElse(issuingBody, "SỞ KHOA HỌC VÀ CÔNG NGHỆ");
		numberSuffix = orElse(numberSuffix, "BC-SKHCN");
		signerAuthority = orElse(signerAuthority, "KT. GIÁM ĐỐC");
		signerTitle = orElse(signerTitle, "PHÓ GIÁM ĐỐC");
		signerName = orElse(signerName, "");
		recipients = recipients == null || recipients.isEmpty() ? List.of("Như trên;", "Lưu: VT, QLKH.")
				: List.copyOf(recipients);
		subject = orElse(subject, "Tình hình bảo hộ chỉ dẫn địa lý, nhãn hiệu chứng nhận, nhãn hiệu tập thể"
				+ " và sản phẩm OCOP trên địa bàn");
	}

	private static String orElse(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}

}
