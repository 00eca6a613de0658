package vn.dost.registry.registry;

/** The three kinds of title the registry keeps. */
public enum RegistrationType {

	/**
	 * Chỉ dẫn địa lý: owned by the State, managed by an organisation the province
	 * assigns; never expires.
	 */
	GEOGRAPHICAL_INDICATION,

	/** Nhãn hiệu chứng nhận: 10 years from filing, renewable. */
	CERTIFICATION_MARK,

	/** Nhãn hiệu tập thể: 10 years from filing, renewable. */
	COLLECTIVE_MARK;

	/** Marks have a term and Nice classes; geographical indications have neither. */
	public boolean isMark() {
		return this != GEOGRAPHICAL_INDICATION;
	}

}
