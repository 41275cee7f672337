package se.vardflode.governance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method of a Spring bean that BPMN and DMN expressions may call, as {@code ${beanName.method(...)}}.
 * Every other method call in a deployed model is refused by the deployment guard.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ModelCallable {
}
