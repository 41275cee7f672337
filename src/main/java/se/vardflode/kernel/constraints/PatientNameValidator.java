package se.vardflode.kernel.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PatientName} with the kernel's value type, so the API and the task header agree on what a name is. */
public class PatientNameValidator implements ConstraintValidator<PatientName, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null || value.isBlank()) {
			return true;
		}
		try {
			se.vardflode.kernel.PatientName.parse(value);
			return true;
		}
		catch (IllegalArgumentException ex) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(ex.getMessage().replaceAll("([\\\\{}$])", "\\\\$1")).addConstraintViolation();
			return false;
		}
	}

}
