package vn.dost.registry.registry;

/** The group of goods a title covers, aligned with the OCOP product groups. */
public enum ProductGroup {

	FOOD, BEVERAGE, HERBAL, TEXTILE_HANDICRAFT, TOURISM_SERVICE, OTHER

}
