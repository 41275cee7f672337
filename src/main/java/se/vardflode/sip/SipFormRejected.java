package se.vardflode.sip;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Thrown from a task listener when a submitted SIP form breaks a rule: the completion rolls back and the task stays
 * open with nothing changed. A form-field validation exception, so that Tasklist and {@code /engine-rest} report it as
 * bad input; the Swedish message names every field.
 */
class SipFormRejected extends FormFieldValidationException {

	private final Map<String, String> errors;

	SipFormRejected(String what, Map<String, String> errors) {
		super(errors.keySet().iterator().next(), what + " kan inte sparas: " + errors.entrySet().stream()
			.map(error -> error.getKey() + ": " + error.getValue()).collect(Collectors.joining("; ")));
		this.errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
	}

	Map<String, String> errors() {
		return errors;
	}

}
