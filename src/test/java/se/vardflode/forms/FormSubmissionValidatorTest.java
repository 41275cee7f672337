package se.vardflode.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/** Each rule on a one-field form, the way form-js would check it in the browser. */
class FormSubmissionValidatorTest {

	@Test
	void a_required_field_that_is_missing_or_empty_is_an_error() {
		FormSchema form = form("""
				{ "key": "callNote", "type": "textfield", "validate": { "required": true } }""");

		assertThat(validate(form, Map.of())).containsExactly(new FieldError("callNote", FormSubmissionValidator.REQUIRED));
		assertThat(validate(form, Map.of("callNote", ""))).containsExactly(new FieldError("callNote", FormSubmissionValidator.REQUIRED));
		assertThat(validate(form, Map.of("callNote", "Ringde 10.15"))).isEmpty();
	}

	@Test
	void an_optional_field_may_be_left_out() {
		assertThat(validate(form("""
				{ "key": "comment", "type": "textarea" }"""), Map.of())).isEmpty();
	}

	@Test
	void a_required_field_behind_a_condition_is_not_required() {
		FormSchema form = form("""
				{ "key": "why", "type": "textfield", "validate": { "required": true }, "conditional": { "hide": "=reached = \\"yes\\"" } }""");

		assertThat(validate(form, Map.of())).isEmpty();
	}

	@Test
	void a_text_field_takes_only_text() {
		assertThat(validate(form("""
				{ "key": "callNote", "type": "textfield", "validate": { "required": true } }"""), Map.of("callNote", 42)))
			.containsExactly(new FieldError("callNote", "Ska vara text."));
	}

	@Test
	void text_length_is_checked_on_the_trimmed_text_as_form_js_counts_it() {
		FormSchema form = form("""
				{ "key": "note", "type": "textarea", "validate": { "minLength": 3, "maxLength": 5 } }""");

		assertThat(validate(form, Map.of("note", "ab"))).containsExactly(new FieldError("note", "Minst 3 tecken."));
		assertThat(validate(form, Map.of("note", "abcdef"))).containsExactly(new FieldError("note", "Högst 5 tecken."));
		assertThat(validate(form, Map.of("note", "  åäöx "))).isEmpty();
		assertThat(validate(form, Map.of("note", " ab  "))).containsExactly(new FieldError("note", "Minst 3 tecken."));
	}

	@Test
	void a_pattern_must_be_found_in_the_text() {
		FormSchema form = form("""
				{ "key": "phone", "type": "textfield", "validate": { "pattern": "^07[0-9]{8}$" } }""");

		assertThat(validate(form, Map.of("phone", "0701234567"))).isEmpty();
		assertThat(validate(form, Map.of("phone", "070-123"))).containsExactly(new FieldError("phone", "Värdet har fel format."));
	}

	@Test
	void an_email_field_takes_an_email_address() {
		FormSchema form = form("""
				{ "key": "mail", "type": "textfield", "validate": { "validationType": "email" } }""");

		assertThat(validate(form, Map.of("mail", "anna@example.se"))).isEmpty();
		assertThat(validate(form, Map.of("mail", "anna"))).containsExactly(new FieldError("mail", "Ska vara en e-postadress."));
	}

	@Test
	void a_phone_field_takes_an_international_number() {
		FormSchema form = form("""
				{ "key": "phone", "type": "textfield", "validate": { "validationType": "phone" } }""");

		assertThat(validate(form, Map.of("phone", "+46701234567"))).isEmpty();
		assertThat(validate(form, Map.of("phone", "070-1234567"))).extracting(FieldError::field).containsExactly("phone");
	}

	@Test
	void a_number_field_takes_numbers_within_min_and_max() {
		FormSchema form = form("""
				{ "key": "score", "type": "number", "validate": { "min": 0, "max": 3 } }""");

		assertThat(validate(form, Map.of("score", 2))).isEmpty();
		assertThat(validate(form, Map.of("score", 2.5d))).isEmpty();
		assertThat(validate(form, Map.of("score", 4L))).containsExactly(new FieldError("score", "Högst 3."));
		assertThat(validate(form, Map.of("score", -1))).containsExactly(new FieldError("score", "Minst 0."));
		assertThat(validate(form, Map.of("score", "2"))).containsExactly(new FieldError("score", "Ska vara ett tal."));
	}

	@Test
	void a_number_serialized_as_text_is_read_as_a_number() {
		FormSchema form = form("""
				{ "key": "weight", "type": "number", "serializeToString": true, "validate": { "max": 10 } }""");

		assertThat(validate(form, Map.of("weight", "3.5"))).isEmpty();
		assertThat(validate(form, Map.of("weight", "11"))).containsExactly(new FieldError("weight", "Högst 10."));
		assertThat(validate(form, Map.of("weight", "tre"))).containsExactly(new FieldError("weight", "Ska vara ett tal."));
	}

	@Test
	void a_checkbox_takes_a_boolean() {
		FormSchema form = form("""
				{ "key": "consent", "type": "checkbox", "validate": { "required": true } }""");

		assertThat(validate(form, Map.of("consent", true))).isEmpty();
		assertThat(validate(form, Map.of("consent", false))).containsExactly(new FieldError("consent", FormSubmissionValidator.REQUIRED));
		assertThat(validate(form, Map.of("consent", "ja"))).containsExactly(new FieldError("consent", "Ska vara ja eller nej."));
	}

	@Test
	void a_date_field_takes_an_iso_date() {
		FormSchema form = form("""
				{ "key": "born", "type": "datetime", "subtype": "date" }""");

		assertThat(validate(form, Map.of("born", "2026-11-23"))).isEmpty();
		assertThat(validate(form, Map.of("born", "23/11/2026"))).containsExactly(new FieldError("born", "Ska vara ett datum (ÅÅÅÅ-MM-DD)."));
		assertThat(validate(form, Map.of("born", "2026-02-30"))).hasSize(1);
	}

	@Test
	void time_and_date_time_fields_take_iso_values_with_or_without_offset() {
		FormSchema form = form("""
				{ "key": "at", "type": "datetime", "subtype": "time" },
				{ "key": "when", "type": "datetime", "subtype": "datetime" }""");

		assertThat(validate(form, Map.of("at", "09:30", "when", "2026-11-23T09:30+01:00"))).isEmpty();
		assertThat(validate(form, Map.of("at", "9.30", "when", "2026-11-23T09:30"))).extracting(FieldError::field).containsExactly("at");
	}

	@Test
	void radio_and_select_take_one_of_their_values() {
		FormSchema form = form("""
				{ "key": "reached", "type": "radio", "values": [ { "label": "Ja", "value": "yes" }, { "label": "Nej", "value": "no" } ] },
				{ "key": "unit", "type": "select", "values": [ { "label": "BVC", "value": "bvc" } ] }""");

		assertThat(validate(form, Map.of("reached", "yes", "unit", "bvc"))).isEmpty();
		assertThat(validate(form, Map.of("reached", "maybe", "unit", List.of("bvc"))))
			.containsExactly(new FieldError("reached", FormSubmissionValidator.NOT_AN_OPTION), new FieldError("unit", "Välj ett alternativ."));
	}

	@Test
	void options_from_a_variable_are_not_checked_against_static_values() {
		FormSchema form = form("""
				{ "key": "slot", "type": "select", "valuesKey": "freeSlots" }""");

		assertThat(validate(form, Map.of("slot", "tisdag 10.00"))).isEmpty();
	}

	@Test
	void a_checklist_takes_a_list_of_its_values_also_as_json_from_tasklist() {
		FormSchema form = form("""
				{ "key": "symptoms", "type": "checklist", "validate": { "required": true },
				  "values": [ { "label": "Feber", "value": "fever" }, { "label": "Hosta", "value": "cough" } ] }""");

		assertThat(validate(form, Map.of("symptoms", List.of("fever", "cough")))).isEmpty();
		assertThat(validate(form, Map.of("symptoms", SpinValues.jsonValue("[\"cough\"]").create()))).isEmpty();
		assertThat(validate(form, Map.of("symptoms", List.of("fever", "rash"))))
			.containsExactly(new FieldError("symptoms", FormSubmissionValidator.NOT_AN_OPTION));
		assertThat(validate(form, Map.of("symptoms", List.of()))).containsExactly(new FieldError("symptoms", FormSubmissionValidator.REQUIRED));
		assertThat(validate(form, Map.of("symptoms", "fever"))).containsExactly(new FieldError("symptoms", "Ska vara en lista med val."));
	}

	@Test
	void typed_values_are_checked_by_their_value() {
		FormSchema form = form("""
				{ "key": "callNote", "type": "textfield", "validate": { "maxLength": 3 } }""");

		assertThat(validate(form, Map.of("callNote", Variables.stringValue("abcd")))).containsExactly(new FieldError("callNote", "Högst 3 tecken."));
	}

	@Test
	void variables_outside_the_form_are_refused_unless_the_bpmn_allows_them() {
		FormSchema form = form("""
				{ "key": "callNote", "type": "textfield" }""");
		Map<String, Object> submitted = new HashMap<>(Map.of("callNote", "ok", "approved", true));

		assertThat(FormSubmissionValidator.validate(form, submitted, Set.of(), name -> null))
			.containsExactly(new FieldError("approved", FormSubmissionValidator.NOT_IN_FORM));
		assertThat(FormSubmissionValidator.validate(form, submitted, Set.of("approved"), name -> null)).isEmpty();
	}

	@Test
	void fields_inside_a_group_are_fields_of_the_form_and_display_components_are_not() {
		FormSchema form = form("""
				{ "id": "t", "type": "text", "text": "# Rubrik" },
				{ "type": "group", "components": [ { "key": "inner", "type": "textfield", "validate": { "required": true } } ] }""");

		assertThat(form.fields()).containsOnlyKeys("inner");
	}

	@Test
	void each_entry_of_a_dynamic_list_is_checked_against_the_list_fields() {
		FormSchema form = form("""
				{ "type": "dynamiclist", "path": "actions", "isRepeating": true, "components": [
				  { "key": "what", "type": "textfield", "validate": { "required": true, "maxLength": 5 } },
				  { "key": "dueBy", "type": "datetime", "subtype": "date" } ] }""");

		assertThat(validate(form, Map.of("actions", List.of(Map.of("what", "Möte", "dueBy", "2026-12-01"))))).isEmpty();
		assertThat(validate(form, Map.of())).isEmpty();
		assertThat(validate(form, Map.of("actions", List.of(Map.of("what", "Möte"), Map.of("what", "För lång", "dueBy", "snart"),
				Map.of("what", "Ok", "who", "x"))))).containsExactly(
						new FieldError("actions[1].what", "Högst 5 tecken."),
						new FieldError("actions[1].dueBy", "Ska vara ett datum (ÅÅÅÅ-MM-DD)."),
						new FieldError("actions[2].who", FormSubmissionValidator.NOT_IN_FORM));
		assertThat(validate(form, Map.of("actions", "Möte"))).containsExactly(new FieldError("actions", "Ska vara en lista."));
	}

	@Test
	void a_form_with_components_the_server_cannot_check_is_refused() {
		assertThatThrownBy(() -> form("""
				{ "type": "filepicker", "key": "attachment" }""")).isInstanceOf(FormSchema.UnsupportedFormException.class)
			.hasMessageContaining("filepicker");
		assertThatThrownBy(() -> form("""
				{ "type": "group", "path": "address", "components": [] }""")).isInstanceOf(FormSchema.UnsupportedFormException.class);
	}

	@Test
	void a_disabled_field_is_never_submitted_by_form_js_so_any_value_for_it_is_refused() {
		FormSchema form = form("""
				{ "type": "textfield", "key": "phq9Band", "disabled": true, "validate": { "required": true } },
				{ "type": "textarea", "key": "pstNote" }""");

		assertThat(validate(form, Map.of("pstNote", "Samtal"))).isEmpty();
		assertThat(validate(form, Map.of("phq9Band", "MODERATE"), Map.of("phq9Band", "MODERATE")))
			.containsExactly(new FieldError("phq9Band", FormSubmissionValidator.READ_ONLY));
	}

	@Test
	void a_read_only_field_may_come_back_with_the_value_it_showed_and_nothing_else() {
		FormSchema form = form("""
				{ "type": "textfield", "key": "groupName", "readonly": true },
				{ "type": "number", "key": "participantCount", "readonly": true }""");
		Map<String, Object> shown = Map.of("groupName", "Ångestskola vår", "participantCount", 4);

		assertThat(validate(form, Map.of("groupName", "Ångestskola vår", "participantCount", 4L), shown)).isEmpty();
		assertThat(validate(form, Map.of(), shown)).isEmpty();
		assertThat(validate(form, Map.of("groupName", "Stresskola", "participantCount", 6), shown)).containsExactly(
				new FieldError("groupName", FormSubmissionValidator.READ_ONLY),
				new FieldError("participantCount", FormSubmissionValidator.READ_ONLY));
	}

	@Test
	void disabled_and_read_only_are_read_as_form_js_reads_them() {
		FormSchema form = form("""
				{ "type": "textfield", "key": "a", "disabled": false },
				{ "type": "textfield", "key": "b", "disabled": "yes" },
				{ "type": "textfield", "key": "c", "readonly": 0 }""");

		assertThat(validate(form, Map.of("a", "x", "c", "y"))).isEmpty();
		assertThat(validate(form, Map.of("b", "x"))).containsExactly(new FieldError("b", FormSubmissionValidator.READ_ONLY));
	}

	@Test
	void a_read_only_condition_the_server_cannot_evaluate_makes_the_form_unsupported() {
		assertThatThrownBy(() -> form("""
				{ "type": "textfield", "key": "note", "readonly": "=decision = \\"close\\"" }"""))
			.isInstanceOf(FormSchema.UnsupportedFormException.class).hasMessageContaining("note");
		assertThatThrownBy(() -> form("""
				{ "type": "dynamiclist", "path": "actions", "components": [ { "type": "textfield", "key": "what", "readonly": true } ] }"""))
			.isInstanceOf(FormSchema.UnsupportedFormException.class).hasMessageContaining("what");
	}

	private static FormSchema form(String components) {
		return FormSchema.parse("{ \"id\": \"test-form\", \"schemaVersion\": 16, \"components\": [ " + components + " ] }");
	}

	private static List<FieldError> validate(FormSchema form, Map<String, Object> submitted) {
		return validate(form, submitted, Map.of());
	}

	private static List<FieldError> validate(FormSchema form, Map<String, Object> submitted, Map<String, Object> current) {
		return FormSubmissionValidator.validate(form, submitted, Set.of(), current::get);
	}

}
