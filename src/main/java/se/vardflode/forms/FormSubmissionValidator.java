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
import java.util.Objects;
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
	static final String READ_ONLY = "Fältet är skrivskyddat och kan inte ändras.";

	// form-js 1.8.7 EMAIL_PATTERN and PHONE_PATTERN (form-js-viewer Validator), so that server and browser agree
	private static final Pattern EMAIL = Pattern.compile(
			"^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$");
	private static final Pattern PHONE = Pattern.compile("(\\+|00)(297|93|244|1264|358|355|376|971|54|374|1684|1268|61|43|994|257|32|229|226|880|359|973|1242|387|590|375|501|1441|591|55|1246|673|975|267|236|1|61|41|56|86|225|237|243|242|682|57|269|238|506|53|5999|61|1345|357|420|49|253|1767|45|1809|1829|1849|213|593|20|291|212|34|372|251|358|679|500|33|298|691|241|44|995|44|233|350|224|590|220|245|240|30|1473|299|502|594|1671|592|852|504|385|509|36|62|44|91|246|353|98|964|354|972|39|1876|44|962|81|76|77|254|996|855|686|1869|82|383|965|856|961|231|218|1758|423|94|266|370|352|371|853|590|212|377|373|261|960|52|692|389|223|356|95|382|976|1670|258|222|1664|596|230|265|60|262|264|687|227|672|234|505|683|31|47|977|674|64|968|92|507|64|51|63|680|675|48|1787|1939|850|351|595|970|689|974|262|40|7|250|966|249|221|65|500|4779|677|232|503|378|252|508|381|211|239|597|421|386|46|268|1721|248|963|1649|235|228|66|992|690|993|670|676|1868|216|90|688|886|255|256|380|598|1|998|3906698|379|1784|58|1284|1340|84|678|681|685|967|27|260|263)(9[976]\\d|8[987530]\\d|6[987]\\d|5[90]\\d|42\\d|3[875]\\d|2[98654321]\\d|9[8543210]|8[6421]|6[6543210]|5[87654321]|4[987654310]|3[9643210]|2[70]|7|1)\\d{4,20}$");
	private static final ObjectMapper JSON = new ObjectMapper();

	private FormSubmissionValidator() {
	}

	/**
	 * @param submitted the variables of the submission, plain or typed values
	 * @param additionalVariables variables the BPMN allows besides the form's fields
	 * @param current the value a variable has before the submission, for read-only fields
	 * @return every field error, empty when the submission is valid
	 */
	static List<FieldError> validate(FormSchema form, Map<String, ?> submitted, Set<String> additionalVariables,
			Function<String, Object> current) {
		return validate(form.fields(), submitted, additionalVariables, current, "");
	}

	private static List<FieldError> validate(Map<String, FormField> fields, Map<String, ?> submitted, Set<String> additionalVariables,
			Function<String, Object> current, String prefix) {
		List<FieldError> errors = new ArrayList<>();
		for (String name : submitted.keySet()) {
			if (!fields.containsKey(name) && !additionalVariables.contains(name)) {
				errors.add(new FieldError(prefix + name, NOT_IN_FORM));
			}
		}
		for (FormField field : fields.values()) {
			// form-js 1.8.7 never submits a disabled field, and submits a read-only one with the value it showed
			if (field.disabled()) {
				if (submitted.containsKey(field.key())) {
					errors.add(new FieldError(prefix + field.key(), READ_ONLY));
				}
				continue;
			}
			if (field.readonly() && submitted.containsKey(field.key())
					&& !sameValue(plain(submitted.get(field.key())), plain(current.apply(field.key())))) {
				errors.add(new FieldError(prefix + field.key(), READ_ONLY));
				continue;
			}
			if ("dynamiclist".equals(field.type())) {
				errors.addAll(checkList(field, plain(submitted.get(field.key())), prefix));
				continue;
			}
			Object value = plain(submitted.get(field.key()));
			// form-js: a required checkbox must be ticked
			if (isEmpty(value) || "checkbox".equals(field.type()) && Boolean.FALSE.equals(value) && field.required()) {
				if (field.required() && !field.conditional()) {
					errors.add(new FieldError(prefix + field.key(), REQUIRED));
				}
				continue;
			}
			String problem = check(field, value);
			if (problem != null) {
				errors.add(new FieldError(prefix + field.key(), problem));
			}
		}
		return errors;
	}

	/** Each entry of a dynamic list is checked against the list's fields; errors are named {@code path[i].key}. */
	private static List<FieldError> checkList(FormField list, Object value, String prefix) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> entries)) {
			return List.of(new FieldError(prefix + list.key(), "Ska vara en lista."));
		}
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			String entryPrefix = prefix + list.key() + "[" + i + "].";
			if (entries.get(i) instanceof Map<?, ?> entry) {
				@SuppressWarnings("unchecked")
				Map<String, ?> fields = (Map<String, ?>) entry;
				// a read-only field inside a list makes the form unsupported (FormSchema), so no current value is needed
				errors.addAll(validate(list.items(), fields, Set.of(), name -> null, entryPrefix));
			}
			else {
				errors.add(new FieldError(prefix + list.key() + "[" + i + "]", "Ska vara en post med fälten i listan."));
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
		// as form-js counts: the trimmed value's length in UTF-16 units
		int length = text.strip().length();
		if (field.minLength() != null && length < field.minLength()) {
			return "Minst " + field.minLength() + " tecken.";
		}
		if (field.maxLength() != null && length > field.maxLength()) {
			return "Högst " + field.maxLength() + " tecken.";
		}
		if (field.pattern() != null && !matches(field.pattern(), text)) {
			return "Värdet har fel format.";
		}
		if ("email".equals(field.validationType()) && !EMAIL.matcher(text).find()) {
			return "Ska vara en e-postadress.";
		}
		if ("phone".equals(field.validationType()) && !PHONE.matcher(text).find()) {
			return "Ska vara ett telefonnummer med landsnummer, t.ex. +46701234567.";
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

	/** Numbers by value (a form-js number arrives as whatever JSON number type fits), everything else by equals. */
	private static boolean sameValue(Object submitted, Object current) {
		if (submitted instanceof Number a && current instanceof Number b) {
			return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
		}
		return Objects.equals(submitted, current);
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
