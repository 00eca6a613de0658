package vn.dost.registry;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * BlockHound is installed for the whole suite, so a blocking call on a non-blocking
 * thread fails a test.
 */
class BlockHoundTests {

	@Test
	void failsABlockingCallOnANonBlockingThread() {
		Mono.delay(Duration.ofMillis(1)).doOnNext(tick -> {
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}).as(StepVerifier::create).expectError(BlockingOperationError.class).verify(Duration.ofSeconds(10));
	}

	@Test
	void allowsBlockingOnTheBoundedElasticScheduler() {
		Mono.fromCallable(() -> {
			Thread.sleep(5);
			return 1;
		}).subscribeOn(Schedulers.boundedElastic()).as(StepVerifier::create).expectNext(1).verifyComplete();
	}

}
