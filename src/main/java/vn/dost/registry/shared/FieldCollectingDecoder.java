package vn.dost.registry.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.util.MimeType;

/**
 * Reads JSON request bodies on past the values it cannot read ({@link UnreadableValues});
 * a body with any fails as {@link UnreadableFields} naming all of them, so that a client
 * hears of every bad field at once, as from the domain's checks.
 */
class FieldCollectingDecoder extends JacksonJsonDecoder {

	/** The hint that carries one body's list of unreadable fields. */
	private static final String UNREADABLE = FieldCollectingDecoder.class.getName() + ".unreadable";

	/**
	 * A decoder with the application's mapper, except that sets leave out null elements:
	 * a set of an enumeration is read as an {@code EnumSet}, which refuses the null an
	 * unreadable element becomes, and would stop the reading there.
	 */
	FieldCollectingDecoder(JsonMapper mapper) {
		super(mapper.rebuild()
			.withConfigOverride(Set.class,
					override -> override.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.SKIP)))
			.build());
	}

	@Override
	public Object decode(DataBuffer buffer, ResolvableType targetType, MimeType mimeType, Map<String, Object> hints) {
		List<FieldViolation> unreadable = new ArrayList<>();
		Map<String, Object> withList = new HashMap<>(hints == null ? Map.of() : hints);
		withList.put(UNREADABLE, unreadable);
		Object body = super.decode(buffer, targetType, mimeType, withList);
		if (!unreadable.isEmpty()) {
			throw new UnreadableFields(unreadable, body);
		}
		return body;
	}

	@Override
	@SuppressWarnings("unchecked")
	protected ObjectReader customizeReader(ObjectReader reader, ResolvableType elementType, Map<String, Object> hints) {
		Object unreadable = hints == null ? null : hints.get(UNREADABLE);
		return unreadable == null ? reader : UnreadableValues.noted(reader, (List<FieldViolation>) unreadable);
	}

}
