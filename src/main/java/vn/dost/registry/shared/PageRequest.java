package vn.dost.registry.shared;

import java.util.List;

/** The page a client asked for: {@code page} from 0, {@code size} from 1 to 200. */
public record PageRequest(int page, int size) {

	public static final int MAX_SIZE = 200;

	public PageRequest {
		if (page < 0) {
			throw new InvalidInput(List.of(new FieldViolation("page", "validation.page")));
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInput(List.of(new FieldViolation("size", "validation.size", MAX_SIZE)));
		}
	}

	public static PageRequest of(Integer page, Integer size) {
		return new PageRequest(page == null ? 0 : page, size == null ? 20 : size);
	}

	public long offset() {
		return (long) page * size;
	}

}
