package vn.dost.registry.shared;

/** One invalid field of a request: its JSON path and a message key with its arguments. */
public record FieldViolation(String field, String messageKey, Object... arguments) {
}
