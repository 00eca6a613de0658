package vn.dost.registry.shared;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * Bodies a handler reads or writes as a stream of buffers ({@code Flux<DataBuffer>}) are
 * files: described as binary strings, not as arrays of Spring's buffer type.
 */
final class BinaryBodies {

	private static final String BUFFER = "#/components/schemas/DataBuffer";

	private BinaryBodies() {
	}

	static void describe(Operation operation) {
		if (operation.getRequestBody() != null) {
			binary(operation.getRequestBody().getContent());
		}
		operation.getResponses().values().forEach(response -> binary(response.getContent()));
	}

	private static void binary(Content content) {
		if (content == null) {
			return;
		}
		content.values().forEach(media -> {
			if (isBuffers(media.getSchema())) {
				media.setSchema(new StringSchema().format("binary"));
			}
		});
	}

	private static boolean isBuffers(Schema<?> schema) {
		if (schema == null) {
			return false;
		}
		Schema<?> items = schema.getItems();
		return BUFFER.equals(schema.get$ref()) || items != null && BUFFER.equals(items.get$ref());
	}

}
