package se.vardflode.kernel.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;


/**
 * A Swedish personnummer or samordningsnummer as typed: format, date of birth (not in the future) and check digit,
 * by {@link se.vardflode.kernel.Personnummer#parse}. A missing number is invalid too, because every personnummer an
 * entry point takes is required. The violation says what is wrong ("Kontrollsiffran stämmer inte") and never repeats
 * the number.
 */
@Documented
@Constraint(validatedBy = PersonnummerValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface Personnummer {

	String message() default "{se.vardflode.kernel.constraints.Personnummer.message}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
