package vn.dost.registry.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a collection, as every collection endpoint of the API answers it. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public static <T> PageResponse<T> of(List<T> items, PageRequest request, long totalItems) {
		int pages = (int) ((totalItems + request.size() - 1) / request.size());
		return new PageResponse<>(items, request.page(), request.size(), totalItems, pages);
	}

	/** The same page with each item mapped, e.g. from its stored to its API form. */
	public <R> PageResponse<R> map(Function<? super T, ? extends R> mapping) {
		List<R> mapped = this.items.stream().<R>map(mapping).toList();
		return new PageResponse<>(mapped, this.page, this.size, this.totalItems, this.totalPages);
	}

}
