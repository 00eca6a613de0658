package vn.dost.registry.storage;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Database health by {@code ping}, which the embedded server and MongoDB both answer
 * (Boot's own check sends a command the embedded server does not know).
 */
@Component("mongoHealthIndicator")
class PingHealthIndicator extends AbstractReactiveHealthIndicator {

	private final ReactiveMongoTemplate mongo;

	PingHealthIndicator(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	protected Mono<Health> doHealthCheck(Health.Builder builder) {
		return this.mongo.executeCommand(new Document("ping", 1))
			.map(answer -> builder.up().withDetail("ping", answer.get("ok")).build());
	}

}
