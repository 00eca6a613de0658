package vn.dost.registry.shared;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * The schemas of the API description that no handler's types give (the RFC 9457 problem
 * and its field errors), and two rules on the generated ones: a property a schema does
 * not require may be {@code null} (the service writes empty fields as {@code null}), and
 * a Java {@code Object} is any JSON value.
 */
final class ApiSchemas {

	static final String PROBLEM = "Problem";

	static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

	static final String FIELD_ERROR = "FieldError";

	private ApiSchemas() {
	}

	static void addTo(Components components) {
		components.addSchemas(FIELD_ERROR,
				new ObjectSchema().description("One invalid field of the request.")
					.addProperty("field",
							new StringSchema().description("The JSON path of the field or the parameter's name, e.g. "
									+ "`niceClasses[0]`, `changes.product`, `page`."))
					.addProperty("message", new StringSchema().description("What is wrong, in the caller's language."))
					.required(List.of("field", "message")));
		components.addSchemas(PROBLEM, new ObjectSchema()
			.description("An RFC 9457 problem (`application/problem+json`); `title`, `detail` and messages follow "
					+ "`Accept-Language` (`vi` default, `en`).")
			.addProperty("type",
					new StringSchema().description("`/problems/<name>`: each response lists the types it may carry."))
			.addProperty("title", new StringSchema().description("Short summary of the problem type."))
			.addProperty("status", new IntegerSchema().description("The HTTP status."))
			.addProperty("detail", new StringSchema().description("What went wrong with this request."))
			.addProperty("instance", new StringSchema().description("The path of the request."))
			.addProperty("errors",
					new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
						.description("For `/problems/invalid-input`: every invalid field at once."))
			.required(List.of("type", "title", "status", "detail")));
	}

	/**
	 * Marks every property a schema does not list as required as nullable; for a
	 * reference, the schema it names (OpenAPI 3.0 ignores siblings of {@code $ref}).
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static void allowNullsWhereOptional(Components components) {
		Map<String, Schema> schemas = components.getSchemas();
		for (Schema<?> schema : List.copyOf(schemas.values())) {
			Map<String, Schema> properties = schema.getProperties();
			if (properties == null) {
				continue;
			}
			List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
			properties.forEach((name, property) -> {
				if (required.contains(name)) {
					return;
				}
				String ref = property.get$ref();
				Schema<?> nullable = ref == null ? property : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
				if (nullable != null) {
					nullable.setNullable(true);
				}
			});
		}
	}

	/**
	 * Makes the item or value schema of a Java {@code Object} (an object schema without
	 * properties, as OpenAPI 3.0 output gives it) accept any JSON value.
	 */
	static void allowAnyValueForObjects(Components components) {
		components.getSchemas().values().forEach(ApiSchemas::loosen);
	}

	@SuppressWarnings("rawtypes")
	private static void loosen(Schema<?> schema) {
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach(ApiSchemas::loosen);
		}
		if (schema.getItems() != null) {
			schema.setItems(isBareObject(schema.getItems()) ? anyValue() : schema.getItems());
			loosen(schema.getItems());
		}
		if (schema.getAdditionalProperties() instanceof Schema values) {
			schema.setAdditionalProperties(isBareObject(values) ? anyValue() : values);
			if (schema.getAdditionalProperties() instanceof Schema kept) {
				loosen(kept);
			}
		}
	}

	private static boolean isBareObject(Schema<?> schema) {
		return "object".equals(schema.getType()) && schema.getProperties() == null
				&& schema.getAdditionalProperties() == null && schema.get$ref() == null;
	}

	private static Schema<Object> anyValue() {
		return new Schema<>().nullable(true);
	}

}
