package vn.dost.registry.shared;

import java.io.OutputStream;
import java.util.function.Consumer;

import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

/**
 * A response body written by blocking code (PDF, spreadsheet, CSV writers) on a bounded
 * elastic thread, chunk by chunk as the client reads it, never held whole in memory.
 */
public final class StreamedBody {

	private StreamedBody() {
	}

	public static Flux<DataBuffer> of(Consumer<OutputStream> writer) {
		return Flux.from(DataBufferUtils.outputStreamPublisher(writer, DefaultDataBufferFactory.sharedInstance,
				task -> Schedulers.boundedElastic().schedule(task)));
	}

}
