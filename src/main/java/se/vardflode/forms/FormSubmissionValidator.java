package se.vardflode.forms;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

import se.vardflode.forms.FormSchema.FormField;

/**
 * Checks submitted variables against a form's fields, the way form-js checks them in the browser, so that a
 * submission that bypasses the browser (or a browser that is out of date) cannot store what the form forbids.
 */
final class FormSubmissionValidator {

	static final String REQUIRED = "Fältet måste fyllas i.";
	static final String NOT_IN_FORM = "Fältet finns inte i formuläret.";
	static final String NOT_AN_OPTION = "Värdet är inte ett av alternativen.";

	// form-js 1.8 EMAIL_PATTERN
	private static final Pattern EMAIL = Pattern.compile("^[\\w\\-.]+@([\\w-]+\\.)+[\\w-]{2,}$");
	private static final ObjectMapper JSON = new ObjectMapper();

	private FormSubmissionValidator() {
	}

	/**
	 * @param submitted the variables of the submission, plain or typed values
	 * @param additionalVariables variables the BPMN allows besides the form's fields
	 * @return every field error, empty when the submission is valid
	 */
	static List<FieldError> validate(FormSchema form, Map<String, ?> submitted, Set<String> additionalVariables) {
		List<FieldError> errors = new ArrayList<>();
		for (String name : submitted.keySet()) {
			if (!form.fields().containsKey(name) && !additionalVariables.contains(name)) {
				errors.add(new FieldError(name, NOT_IN_FORM));
			}
		}
		for (FormField field : form.fields().values()) {
			Object value = plain(submitted.get(field.key()));
			if (isEmpty(value)) {
				if (field.required() && !field.conditional()) {
					errors.add(new FieldError(field.key(), REQUIRED));
				}
				continue;
			}
			String problem = check(field, value);
			if (problem != null) {
				errors.add(new FieldError(field.key(), problem));
			}
		}
		return errors;
	}

	private static String check(FormField field, Object value) {
		return switch (field.type()) {
			case "textfield", "textarea" -> value instanceof String text ? checkText(field, text) : "Ska vara text.";
			case "number" -> checkNumber(field, value);
			case "checkbox" -> value instanceof Boolean ? null : "Ska vara ja eller nej.";
			case "radio", "select" -> checkOption(field, value);
			case "checklist", "taglist" -> checkOptions(field, value);
			case "datetime" -> value instanceof String text ? checkDateTime(field, text) : value instanceof Date ? null : "Ska vara ett datum.";
			default -> throw new IllegalStateException("No rule for field type " + field.type());
		};
	}

	private static String checkText(FormField field, String text) {
		int length = text.codePointCount(0, text.length());
		if (field.minLength() != null && length < field.minLength()) {
			return "Minst " + field.minLength() + " tecken.";
		}
		if (field.maxLength() != null && length > field.maxLength()) {
			return "Högst " + field.maxLength() + " tecken.";
		}
		if (field.pattern() != null && !matches(field.pattern(), text)) {
			return "Värdet har fel format.";
		}
		if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
			return "Ska vara en e-postadress.";
		}
		return null;
	}

	/** form-js tests {@code new RegExp(pattern).test(value)}: a match anywhere in the value. */
	private static boolean matches(String pattern, String text) {
		try {
			return Pattern.compile(pattern).matcher(text).find();
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalStateException("The form's pattern " + pattern + " is not a valid regular expression", ex);
		}
	}

	private static String checkNumber(FormField field, Object value) {
		BigDecimal number;
		if (value instanceof Number n && !(value instanceof Boolean)) {
			number = new BigDecimal(n.toString());
		}
		else if (value instanceof String text && field.serializeToString()) {
			try {
				number = new BigDecimal(text);
			}
			catch (NumberFormatException ex) {
				return "Ska vara ett tal.";
			}
		}
		else {
			return "Ska vara ett tal.";
		}
		if (field.min() != null && number.compareTo(field.min()) < 0) {
			return "Minst " + field.min().toPlainString() + ".";
		}
		if (field.max() != null && number.compareTo(field.max()) > 0) {
			return "Högst " + field.max().toPlainString() + ".";
		}
		return null;
	}

	private static String checkOption(FormField field, Object value) {
		if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
			return "Välj ett alternativ.";
		}
		if (field.allowedValues() != null && !field.allowedValues().contains(String.valueOf(value))) {
			return NOT_AN_OPTION;
		}
		return null;
	}

	private static String checkOptions(FormField field, Object value) {
		if (!(value instanceof Collection<?> chosen)) {
			return "Ska vara en lista med val.";
		}
		for (Object option : chosen) {
			if (option == null || option instanceof Collection<?> || option instanceof Map<?, ?>
					|| field.allowedValues() != null && !field.allowedValues().contains(String.valueOf(option))) {
				return NOT_AN_OPTION;
			}
		}
		return null;
	}

	private static String checkDateTime(FormField field, String text) {
		String subtype = field.subtype() == null ? "date" : field.subtype();
		List<Function<String, ?>> parsers = switch (subtype) {
			case "time" -> List.of(LocalTime::parse, OffsetTime::parse);
			case "datetime" -> List.of(LocalDateTime::parse, OffsetDateTime::parse);
			default -> List.of(LocalDate::parse);
		};
		for (Function<String, ?> parser : parsers) {
			try {
				parser.apply(text);
				return null;
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		return switch (subtype) {
			case "time" -> "Ska vara en tid (TT:MM).";
			case "datetime" -> "Ska vara datum och tid (ÅÅÅÅ-MM-DDTTT:MM).";
			default -> "Ska vara ett datum (ÅÅÅÅ-MM-DD).";
		};
	}

	private static boolean isEmpty(Object value) {
		return value == null || value instanceof String text && text.isEmpty() || value instanceof Collection<?> list && list.isEmpty();
	}

	/**
	 * The plain Java value of a submitted variable: typed values unwrapped, and JSON (how Tasklist and REST send lists,
	 * as a Spin JSON variable, serialized or not) read into lists and maps.
	 */
	static Object plain(Object value) {
		if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
			return "application/json".equals(serializable.getSerializationDataFormat()) ? json(serializable.getValueSerialized())
					: serializable;
		}
		if (value instanceof TypedValue typed) {
			return plain(typed.getValue());
		}
		if (value instanceof SpinJsonNode node) {
			return json(node.toString());
		}
		return value;
	}

	private static Object json(String text) {
		try {
			JsonNode node = JSON.readTree(text);
			return node == null || node.isNull() ? null : JSON.treeToValue(node, Object.class);
		}
		catch (IOException ex) {
			return text;
		}
	}

}
