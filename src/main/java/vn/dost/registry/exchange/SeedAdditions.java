package vn.dost.registry.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.dost.registry.registry.RegistrationDraft;
import vn.dost.registry.registry.RegistrationImports;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.security.Actor;

/**
 * Adds the rows a later seed edition added to a database seeded earlier, unless an
 * officer has entered the title already (found as an import finds it: by number, or by
 * type, name and province): then the officer's record stands and nothing is added.
 */
@Component
class SeedAdditions {

	private final SeedHolders holders;

	private final RegistrationImports imports;

	private final RegistrationService registrations;

	SeedAdditions(SeedHolders holders, RegistrationImports imports, RegistrationService registrations) {
		this.holders = holders;
		this.imports = imports;
		this.registrations = registrations;
	}

	/**
	 * Enters the rows no title in the registry matches, under their stable ids; answers
	 * the ids entered by row, and tells in {@code left} which rows it did not enter and
	 * why.
	 */
	Mono<Map<SeedRow, String>> addMissing(List<SeedRow> rows, List<String> left) {
		if (rows.isEmpty()) {
			return Mono.just(Map.of());
		}
		List<RegistrationImports.Row> asImported = rows.stream()
			.map(row -> new RegistrationImports.Row(row.row().line(), row.registration(null), row.holder().name()))
			.toList();
		return this.imports.check(asImported, this.imports.names(), Actor.SYSTEM).flatMap(outcomes -> {
			List<SeedRow> missing = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				RegistrationImports.Outcome outcome = outcomes.get(i);
				if (outcome.creates()) {
					missing.add(rows.get(i));
				}
				else {
					left.add("not added, "
							+ (outcome.matchedId() != null ? "already entered as " + outcome.matchedId()
									: "does not fit the registry: " + outcome.violations())
							+ ": " + rows.get(i).name());
				}
			}
			return enter(missing);
		});
	}

	private Mono<Map<SeedRow, String>> enter(List<SeedRow> rows) {
		return this.holders.resolve(rows).flatMap(holderIds -> {
			Map<SeedRow, String> added = new LinkedHashMap<>();
			Map<String, RegistrationDraft> drafts = new LinkedHashMap<>();
			for (SeedRow row : rows) {
				added.put(row, row.registrationId());
				drafts.put(row.registrationId(), row.registration(holderIds.get(row.holderKey())));
			}
			return this.registrations.enterAllOnce(drafts, Actor.SYSTEM).thenReturn(added);
		});
	}

}
