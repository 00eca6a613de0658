package vn.dost.registry;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * BlockHound watches every event-loop thread of the tests: a blocking call there fails
 * the request. The embedded database's own worker threads are the database (they write
 * its file), not the service's event loop, so blocking is allowed inside their message
 * handling. {@code UUID.randomUUID()} reads {@code /dev/urandom}, which never blocks once
 * the kernel is seeded. The MongoDB driver guards its connection pool with short critical
 * sections, and Jackson its cache of deserializers while it builds one; a contended one
 * parks for microseconds. springdoc builds the API description once per language (at
 * start, in a background thread); a request for {@code /v3/api-docs} that arrives before
 * that has finished waits for it or builds it — a one-off on a documentation endpoint,
 * accepted here and noted in {@code docs/decisions.md}. Netty 4.2's adaptive buffer
 * allocator takes a {@code StampedLock} for a few instructions when it adds a buffer
 * magazine under contention (seen on the driver's event loop during the import tests; the
 * same false positive is reported for Netty 4.2 elsewhere).
 */
public class RegistryBlockHoundIntegration implements BlockHoundIntegration {

	@Override
	public void applyTo(BlockHound.Builder builder) {
		builder.allowBlockingCallsInside("de.bwaldvogel.mongo.wire.MongoDatabaseHandler", "channelRead0");
		builder.allowBlockingCallsInside("de.bwaldvogel.mongo.wire.MongoDatabaseHandler", "channelRead");
		builder.allowBlockingCallsInside("de.bwaldvogel.mongo.wire.MongoDatabaseHandler", "channelInactive");
		builder.allowBlockingCallsInside("java.util.UUID", "randomUUID");
		builder.allowBlockingCallsInside("com.mongodb.internal.Locks", "checkedWithLock");
		builder.allowBlockingCallsInside("com.mongodb.internal.Locks", "withLock");
		builder.allowBlockingCallsInside("com.mongodb.internal.Locks", "checkedWithInterruptibleLock");
		builder.allowBlockingCallsInside("com.mongodb.internal.Locks", "withInterruptibleLock");
		builder.allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache",
				"_createAndCacheValueDeserializer");
		builder.allowBlockingCallsInside("org.springdoc.api.AbstractOpenApiResource", "getOpenApi");
		builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup",
				"tryExpandMagazines");
		builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free");
	}

}
