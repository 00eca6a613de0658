package vn.dost.registry.holders;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.dost.registry.shared.VietnameseText;

/**
 * An organisation holding titles: the owner of a collective or certification mark, or the
 * managing organisation the province assigned to a geographical indication.
 */
@Document("holders")
public record Holder(@Id String id, String name, HolderKind kind, String address, String province,
		String currentProvince, String taxCode, String representative, String phone, String email, String nameFolded,
		String nameSortKey, @Version Long version, Instant createdAt, Instant updatedAt) {

	/** The descriptive facts of a holder, already checked and in NFC. */
	public record Facts(String name, HolderKind kind, String address, String province, String currentProvince,
			String taxCode, String representative, String phone, String email) {
	}

	public static Holder create(String id, Facts facts, Instant now) {
		return new Holder(id == null ? UUID.randomUUID().toString() : id, facts.name(), facts.kind(), facts.address(),
				facts.province(), facts.currentProvince(), facts.taxCode(), facts.representative(), facts.phone(),
				facts.email(), VietnameseText.fold(facts.name()), VietnameseText.collationKey(facts.name()), null, now,
				now);
	}

	public Holder update(Facts facts, Instant now) {
		return new Holder(this.id, facts.name(), facts.kind(), facts.address(), facts.province(),
				facts.currentProvince(), facts.taxCode(), facts.representative(), facts.phone(), facts.email(),
				VietnameseText.fold(facts.name()), VietnameseText.collationKey(facts.name()), this.version,
				this.createdAt, now);
	}

}
