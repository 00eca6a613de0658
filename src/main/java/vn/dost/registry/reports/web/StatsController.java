package vn.dost.registry.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dost.registry.reports.RegistryStats;
import vn.dost.registry.security.CurrentActor;

/** {@code GET /api/v1/stats?province=}: the dashboard's figures. */
@Tag(name = "Reports", description = "Printable documents: record sheets and provincial summaries.")
@RestController
class StatsController {

	private final RegistryStats stats;

	private final CurrentActor actor;

	StatsController(RegistryStats stats, CurrentActor actor) {
		this.stats = stats;
		this.actor = actor;
	}

	@Operation(summary = "Read the dashboard's figures", description = """
			Counts of titles by type and status, of OCOP products by stars, and of deadlines, for `province` or every \
			province the caller may see.""")
	@GetMapping(path = "/api/v1/stats", produces = "application/json")
	Mono<RegistryStats.Stats> stats(@RequestParam(required = false) String province) {
		return this.actor.get().flatMap(who -> this.stats.of(province, who));
	}

}
