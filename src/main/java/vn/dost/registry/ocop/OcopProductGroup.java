package vn.dost.registry.ocop;

/** The six OCOP product groups of Decision 148/QĐ-TTg (2023). */
public enum OcopProductGroup {

	/** Thực phẩm. */
	FOOD,
	/** Đồ uống. */
	BEVERAGE,
	/** Dược liệu và sản phẩm từ dược liệu. */
	HERBAL,
	/** Thủ công mỹ nghệ. */
	HANDICRAFT,
	/** Sinh vật cảnh: ornamental plants and animals. */
	ORNAMENTAL,
	/** Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch. */
	TOURISM_SERVICE

}
