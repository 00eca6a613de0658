package vn.dost.registry.exchange;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.dost.registry.holders.Holder;
import vn.dost.registry.holders.HolderService;

/**
 * The holders the seed rows name: an organisation already in the registry under that name
 * (folded) is used, else the one the seed created under its stable id (even if renamed
 * since), else it is created under that id.
 */
@Component
class SeedHolders {

	private final HolderService holders;

	SeedHolders(HolderService holders) {
		this.holders = holders;
	}

	/**
	 * The holder id of every row's holder, by {@link SeedRow#holderKey()}, creating the
	 * missing holders in one insert.
	 */
	Mono<Map<String, String>> resolve(Collection<SeedRow> rows) {
		Map<String, HolderService.Draft> named = new LinkedHashMap<>();
		rows.stream()
			.filter(row -> row.holderKey() != null)
			.forEach(row -> named.putIfAbsent(row.holderKey(), row.holder()));
		if (named.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.holders.byFoldedNames(named.keySet()).flatMap(found -> {
			Map<String, String> ids = new LinkedHashMap<>();
			Map<String, HolderService.Draft> missing = new LinkedHashMap<>();
			named.forEach((key, draft) -> {
				Holder existing = found.get(key);
				String id = existing != null ? existing.id() : StableIds.of("seed-holder:" + key);
				ids.put(key, id);
				if (existing == null) {
					missing.put(id, draft);
				}
			});
			return this.holders.ensureAll(missing).thenReturn(ids);
		});
	}

}
