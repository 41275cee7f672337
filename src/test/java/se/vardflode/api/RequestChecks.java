package se.vardflode.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * A request body checked without the web layer, as the API checks it: Bean Validation on the record and the pathway's
 * rules class in one pass, each bad field with its Swedish message from {@code ValidationMessages.properties}. For
 * the rules' unit tests; the API tests send the same bodies over HTTP.
 */
public final class RequestChecks {

	private static final LocalValidatorFactoryBean BEAN_VALIDATION = new LocalValidatorFactoryBean();
	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		BEAN_VALIDATION.afterPropertiesSet();
		MESSAGES.setBasename("ValidationMessages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private RequestChecks() {
	}

	/** Field name to message, as the problem detail's {@code errors} would say; empty when the request is fine. */
	public static Map<String, String> errors(Object request, Validator rules) {
		DirectFieldBindingResult result = new DirectFieldBindingResult(request, "request");
		BEAN_VALIDATION.validate(request, result);
		rules.validate(request, result);
		Map<String, String> errors = new LinkedHashMap<>();
		ApiProblem.invalidInput(result).fieldErrors()
			.forEach((field, message) -> errors.put(field, MESSAGES.getMessage(message, Locale.forLanguageTag("sv"))));
		return errors;
	}

}
