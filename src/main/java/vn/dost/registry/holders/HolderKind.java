package vn.dost.registry.holders;

/** What kind of organisation (or person) a holder is. */
public enum HolderKind {

	ASSOCIATION, COOPERATIVE, ENTERPRISE, STATE_BODY, INDIVIDUAL

}
