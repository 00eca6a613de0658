package vn.dost.registry.audit;

import java.time.Instant;

import org.springframework.data.mongodb.core.query.Criteria;

import vn.dost.registry.shared.InvalidInput;

/**
 * Which audit entries to read: by actor, by action, from (inclusive) and to (exclusive);
 * each null for any.
 */
public record AuditFilter(String actor, AuditAction action, Instant from, Instant to) {

	public AuditFilter {
		if (from != null && to != null && !from.isBefore(to)) {
			throw InvalidInput.of("to", "validation.audit.period");
		}
	}

	Criteria criteria() {
		Criteria criteria = new Criteria();
		if (this.actor != null) {
			criteria = criteria.and("actor").is(this.actor);
		}
		if (this.action != null) {
			criteria = criteria.and("action").is(this.action);
		}
		if (this.from != null || this.to != null) {
			Criteria at = criteria.and("at");
			if (this.from != null) {
				at = at.gte(this.from);
			}
			if (this.to != null) {
				at = at.lt(this.to);
			}
		}
		return criteria;
	}

}
