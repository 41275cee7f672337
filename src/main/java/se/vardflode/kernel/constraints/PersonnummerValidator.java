package se.vardflode.kernel.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import se.vardflode.kernel.CareTime;
import se.vardflode.kernel.InvalidPersonnummerException;

/** Checks {@link Personnummer} with today's Swedish date as the reference for a ten-digit number's century. */
public class PersonnummerValidator implements ConstraintValidator<Personnummer, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		try {
			se.vardflode.kernel.Personnummer.parse(value, CareTime.today());
			return true;
		}
		catch (InvalidPersonnummerException ex) {
			// the reason is the parser's own Swedish sentence, which holds no part of the number
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(ex.getMessage().replaceAll("([\\\\{}$])", "\\\\$1"))
				.addConstraintViolation();
			return false;
		}
	}

}
