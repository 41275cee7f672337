package se.vardflode.forms;

import java.util.List;
import java.util.Map;

/**
 * What is wrong with one field of a submitted form.
 *
 * @param field the form field's key, which is also the variable name
 * @param message a Swedish message for the person who filled in the form
 */
public record FieldError(String field, String message) {

	/** One error per entry of a map from field name to message, in the map's order. */
	public static List<FieldError> allOf(Map<String, String> messagesByField) {
		return messagesByField.entrySet().stream().map(error -> new FieldError(error.getKey(), error.getValue())).toList();
	}

	@Override
	public String toString() {
		return field + ": " + message;
	}

}
