package se.vardflode.forms;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The input fields of a Camunda Form (form-js JSON, schemaVersion up to 16 as Camunda 7.24 Tasklist reads it), keyed
 * by the variable each one submits.
 */
record FormSchema(String id, Map<String, FormField> fields) {

	/** Components that show something but submit nothing. */
	private static final Set<String> DISPLAY_ONLY = Set.of("text", "html", "image", "spacer", "separator", "button", "iframe", "table");
	private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "checklist", "radio",
			"select", "taglist", "datetime");

	private static final ObjectMapper JSON = new ObjectMapper();

	static FormSchema parse(InputStream form) {
		try {
			return parse(JSON.readTree(form));
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("The form is not valid JSON", ex);
		}
	}

	static FormSchema parse(String form) {
		try {
			return parse(JSON.readTree(form));
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("The form is not valid JSON", ex);
		}
	}

	static FormSchema parse(JsonNode form) {
		Map<String, FormField> fields = new LinkedHashMap<>();
		collect(form.path("components"), fields, form.path("id").asText("?"));
		return new FormSchema(form.path("id").asText(), fields);
	}

	private static void collect(JsonNode components, Map<String, FormField> fields, String formId) {
		for (JsonNode component : components) {
			String type = component.path("type").asText();
			if (type.equals("group")) {
				if (!component.path("path").asText("").isEmpty()) {
					throw new UnsupportedFormException(formId, "group '" + component.path("id").asText() + "' with a path");
				}
				collect(component.path("components"), fields, formId);
			}
			else if (type.equals("dynamiclist")) {
				Map<String, FormField> items = parse(component).fields();
				items.values().stream().filter(FormField::readonly).findFirst().ifPresent(item -> {
					throw new UnsupportedFormException(formId, "the read-only field '" + item.key() + "' inside a dynamic list");
				});
				FormField list = FormField.list(component, items);
				fields.put(list.key(), list);
			}
			else if (INPUT_TYPES.contains(type)) {
				if (isFeelExpression(component.path("readonly")) || isFeelExpression(component.path("disabled"))) {
					throw new UnsupportedFormException(formId, "a read-only or disabled condition on '" + component.path("key").asText() + "'");
				}
				FormField field = FormField.of(component);
				fields.put(field.key(), field);
			}
			else if (!DISPLAY_ONLY.contains(type)) {
				throw new UnsupportedFormException(formId, "component type '" + type + "'");
			}
		}
	}

	private static boolean isFeelExpression(JsonNode flag) {
		return flag.isTextual() && flag.asText().startsWith("=");
	}

	/**
	 * form-js 1.8.7 reads {@code disabled} and {@code readonly} as JavaScript does: any value but false, 0, "" or none
	 * switches them on.
	 */
	private static boolean isSet(JsonNode flag) {
		if (flag.isMissingNode() || flag.isNull()) {
			return false;
		}
		if (flag.isBoolean()) {
			return flag.booleanValue();
		}
		if (flag.isNumber()) {
			return flag.doubleValue() != 0;
		}
		return !flag.isTextual() || !flag.asText().isEmpty();
	}

	/**
	 * One input of the form, with the rules form-js checks in the browser.
	 *
	 * @param disabled form-js shows the field but never submits it (and does not validate it)
	 * @param readonly form-js shows the field and submits the value it was given, which the person cannot change
	 * @param allowedValues the static option values of radio, select, checklist and taglist, or {@code null} when the
	 *        options come from a variable or an expression
	 * @param items the fields of each entry of a dynamic list (its key is the list's path), else {@code null}
	 */
	record FormField(String key, String type, String subtype, boolean required, boolean conditional, boolean disabled, boolean readonly,
			Integer minLength,
			Integer maxLength, BigDecimal min, BigDecimal max, String pattern, String validationType, boolean serializeToString,
			List<String> allowedValues, Map<String, FormField> items) {

		/** A dynamic list: a list variable at the component's path, each entry an object with the nested fields. */
		static FormField list(JsonNode component, Map<String, FormField> items) {
			return new FormField(component.path("path").asText(), "dynamiclist", null, false,
					component.hasNonNull("conditional") && !component.path("conditional").path("hide").asText("").isEmpty(),
					false, false, null, null, null, null, null, null, false, null, Collections.unmodifiableMap(items));
		}

		static FormField of(JsonNode component) {
			JsonNode validate = component.path("validate");
			List<String> allowed = null;
			if (component.has("values") && !component.has("valuesKey") && !component.has("valuesExpression")) {
				allowed = new ArrayList<>();
				for (JsonNode option : component.path("values")) {
					allowed.add(option.path("value").asText());
				}
			}
			return new FormField(component.path("key").asText(), component.path("type").asText(),
					component.path("subtype").asText(null), validate.path("required").asBoolean(false),
					component.hasNonNull("conditional") && !component.path("conditional").path("hide").asText("").isEmpty(),
					isSet(component.path("disabled")), isSet(component.path("readonly")), integer(validate, "minLength"), integer(validate, "maxLength"), decimal(validate, "min"), decimal(validate, "max"),
					validate.path("pattern").asText(null), validate.path("validationType").asText(null),
					component.path("serializeToString").asBoolean(false), allowed == null ? null : List.copyOf(allowed), null);
		}

		private static Integer integer(JsonNode node, String name) {
			return node.hasNonNull(name) && node.get(name).isNumber() ? node.get(name).intValue() : null;
		}

		private static BigDecimal decimal(JsonNode node, String name) {
			return node.hasNonNull(name) && node.get(name).isNumber() ? node.get(name).decimalValue() : null;
		}

	}

	/** A form that uses something the server cannot check; it is refused rather than let through unchecked. */
	static class UnsupportedFormException extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		UnsupportedFormException(String formId, String what) {
			super("Form " + formId + " uses " + what + ", which server-side form validation does not support");
		}

	}

}
