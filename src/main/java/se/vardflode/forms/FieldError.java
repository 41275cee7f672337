package se.vardflode.forms;

/**
 * What is wrong with one field of a submitted form.
 *
 * @param field the form field's key, which is also the variable name
 * @param message a Swedish message for the person who filled in the form
 */
public record FieldError(String field, String message) {

	@Override
	public String toString() {
		return field + ": " + message;
	}

}
