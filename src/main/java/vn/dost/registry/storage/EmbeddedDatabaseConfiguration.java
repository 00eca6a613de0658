package vn.dost.registry.storage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Without {@code MONGODB_URI} the service starts its own embedded database under
 * {@code ./data/} (or {@code REGISTRY_DATA_DIR}) and points Boot's MongoDB client at it;
 * with it, none of this exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${MONGODB_URI:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(@Value("${registry.data-dir}") Path directory,
			@Value("${registry.embedded.port:0}") int port,
			@Value("${registry.embedded.commit-every-write:true}") boolean commitEveryWrite,
			@Value("${registry.embedded.retention:PT5S}") Duration retention,
			@Value("${registry.embedded.oplog:false}") boolean oplog,
			@Value("${registry.embedded.compact-at-start-below:" + EmbeddedDatabase.DEFAULT_COMPACT_BELOW
					+ "}") int compactBelow) {
		EmbeddedDatabase database = new EmbeddedDatabase(directory, port, commitEveryWrite, retention, compactBelow);
		if (oplog) {
			database.enableOplog();
		}
		return database;
	}

	@Bean
	MongoConnectionDetails embeddedConnectionDetails(EmbeddedDatabase database,
			@Value("${spring.mongodb.database:registry}") String name) {
		ConnectionString connection = new ConnectionString(database.connectionString(name));
		return () -> connection;
	}

	/**
	 * How long a request waits for the embedded database before it is answered 503: it
	 * runs in the same process, so when it does not answer within seconds it is not there
	 * (the driver's own default, 30 s, would hold every request that long).
	 */
	@Bean
	MongoClientSettingsBuilderCustomizer embeddedServerSelection(
			@Value("${registry.embedded.server-selection-timeout:PT5S}") Duration timeout) {
		return settings -> settings.applyToClusterSettings(
				cluster -> cluster.serverSelectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS));
	}

	@Bean
	StoreCompaction storeCompaction(EmbeddedDatabase database) {
		return new StoreCompaction(database);
	}

	/**
	 * Keeps the file from growing without bound: committing every write leaves old chunks
	 * behind.
	 */
	static class StoreCompaction {

		private final EmbeddedDatabase database;

		StoreCompaction(EmbeddedDatabase database) {
			this.database = database;
		}

		@Scheduled(fixedDelayString = "${registry.embedded.compact-every:PT10M}",
				initialDelayString = "${registry.embedded.compact-every:PT10M}")
		void compact() {
			this.database.compact(16 * 1024 * 1024);
		}

	}

}
