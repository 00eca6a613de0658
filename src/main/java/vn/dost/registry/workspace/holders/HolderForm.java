package vn.dost.registry.workspace.holders;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.dost.registry.holders.Holder;
import vn.dost.registry.holders.HolderKind;
import vn.dost.registry.holders.HolderService;
import vn.dost.registry.workspace.StaleValues;

/**
 * A holder's form as the browser sends it (every field as typed), and as it is filled in
 * from a stored holder; {@code version} is the version the user edited.
 */
record HolderForm(String name, String kind, String address, String province, String taxCode, String representative,
		String phone, String email, Long version) {

	/** The form's fields, in the order the page shows them. */
	static final String[] FIELDS = { "name", "kind", "address", "province", "taxCode", "representative", "phone",
			"email" };

	static HolderForm empty() {
		return new HolderForm(null, null, null, null, null, null, null, null, null);
	}

	static HolderForm of(Holder holder) {
		return new HolderForm(holder.name(), holder.kind() == null ? null : holder.kind().name(), holder.address(),
				holder.province(), holder.taxCode(), holder.representative(), holder.phone(), holder.email(),
				holder.version() == null ? 0L : holder.version());
	}

	/** The holder as the service checks it; an unknown kind is no kind (required). */
	HolderService.Draft draft() {
		HolderKind known = Arrays.stream(HolderKind.values())
			.filter(value -> value.name().equals(this.kind))
			.findFirst()
			.orElse(null);
		return new HolderService.Draft(this.name, known, this.address, this.province, this.taxCode, this.representative,
				this.phone, this.email);
	}

	/** The same input, to be sent again over the version stored now. */
	HolderForm over(Long current) {
		return new HolderForm(this.name, this.kind, this.address, this.province, this.taxCode, this.representative,
				this.phone, this.email, current);
	}

	/**
	 * The stored values that differ from this input, by field: what someone else saved
	 * meanwhile, shown beside the user's.
	 */
	Map<String, String> differences(HolderForm stored) {
		return StaleValues.differing(values(), stored.values());
	}

	private Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		String[] all = { this.name, this.kind, this.address, this.province, this.taxCode, this.representative,
				this.phone, this.email };
		for (int i = 0; i < FIELDS.length; i++) {
			values.put(FIELDS[i], all[i]);
		}
		return values;
	}

}
