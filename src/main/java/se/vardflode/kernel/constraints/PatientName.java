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
 * A patient's name as typed at an entry point, by {@link se.vardflode.kernel.PatientName#parse}: at most 100
 * characters, letters with single spaces, hyphens or apostrophes between them. No name ({@code null} or blank) is
 * valid: the entry points take it as optional. The violation says what is wrong ("får bara innehålla bokstäver …").
 */
@Documented
@Constraint(validatedBy = PatientNameValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface PatientName {

	String message() default "{se.vardflode.kernel.constraints.PatientName.message}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
