package se.vardflode.forms;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A form submission that does not match the task's form. A {@link FormFieldValidationException} because Camunda REST
 * maps exactly that type to 400 on {@code complete} and {@code submit-form} (other engine exceptions become 500); the
 * message lists every field error as {@code field: message}, and {@link #errors()} has them one by one.
 */
public class FormValidationException extends FormFieldValidationException {

	private static final long serialVersionUID = 1L;

	private final List<FieldError> errors;

	public FormValidationException(String formId, List<FieldError> errors) {
		super(List.copyOf(errors), "Formuläret " + formId + " har fel: "
				+ errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}

}
