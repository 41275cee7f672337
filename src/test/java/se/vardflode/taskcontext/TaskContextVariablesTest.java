package se.vardflode.taskcontext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

import se.vardflode.identity.TasklistColumns;
import se.vardflode.patient.CasePatient;
import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.Personnummer;

/** The variables a staff task gets, as plain values: no engine, no browser. */
class TaskContextVariablesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
	static final CasePatient TOLVAN = new CasePatient(Personnummer.parse("19121212-1212"), Optional.of(PatientName.parse("Tolvan Tolvansson")));

	@Test
	void what_the_header_shows_is_escaped_for_markdown_and_what_the_tables_show_is_stored_as_written() throws Exception {
		TaskContext context = new TaskContext().from("Rådgivningen").finding("Ring", "[här](https://evil.example)")
			.text("Kontaktorsak", "[här](https://evil.example)\nrad två");

		JsonNode shown = json(variables(context, Optional.of(TOLVAN), null));

		assertThat(shown.path("patient").path("personnummer").asText()).isEqualTo("19121212\\-1212");
		assertThat(shown.path("findings").get(0).path("value").asText()).isEqualTo("\\[här\\]\\(https\\:\\/\\/evil\\.example\\)");
		assertThat(shown.path("texts").get(0).path("text").asText()).isEqualTo("[här](https://evil.example)\nrad två");
	}

	@Test
	void line_breaks_in_a_header_value_are_folded_so_that_a_value_cannot_start_a_heading() {
		assertThat(TaskContextVariables.markdownText("rad ett\n# rubrik\r\n- lista")).isEqualTo("rad ett \\# rubrik  \\- lista");
	}

	@Test
	void the_task_card_gets_the_name_the_personnummer_and_the_due_date_with_its_deadline() {
		Map<String, TypedValue> variables = variables(new TaskContext().deadline("Utlovad återuppringning"), Optional.of(TOLVAN),
				Date.from(Instant.parse("2026-11-27T13:00:00Z")));

		assertThat(variables.get(TasklistColumns.PATIENT).getValue()).isEqualTo("Tolvan Tolvansson");
		assertThat(variables.get(TasklistColumns.PERSONNUMMER).getValue()).isEqualTo("19121212-1212");
		assertThat(variables.get(TasklistColumns.DEADLINE).getValue()).isEqualTo("2026-11-27 14:00 – Utlovad återuppringning");
	}

	@Test
	void a_task_about_no_patient_names_what_it_is_about_and_has_no_personnummer() throws Exception {
		Map<String, TypedValue> variables = variables(new TaskContext().about("Grupp: Ångestskola"), Optional.empty(), null);

		assertThat(variables.get(TasklistColumns.PATIENT).getValue()).isEqualTo("Grupp: Ångestskola");
		assertThat(variables).doesNotContainKey(TasklistColumns.PERSONNUMMER);
		assertThat(variables.get(TasklistColumns.DEADLINE).getValue()).isEqualTo("Ingen tidsgräns");
		assertThat(json(variables).path("patient").isNull()).isTrue();
	}

	@Test
	void a_patient_the_directory_does_not_know_is_shown_as_name_missing() throws Exception {
		CasePatient unnamed = new CasePatient(Personnummer.parse("19890101-9805"), Optional.empty());

		Map<String, TypedValue> variables = variables(new TaskContext(), Optional.of(unnamed), null);

		assertThat(variables.get(TasklistColumns.PATIENT).getValue()).isEqualTo("Namn saknas");
		assertThat(json(variables).path("patient").path("age").asText()).isEqualTo("37 år");
	}

	@Test
	void the_case_history_is_shown_with_where_and_by_whom_before_the_pathways_own_events() throws Exception {
		List<StoredCaseHistory.Stored> history = List.of(
				new StoredCaseHistory.Stored("2026-11-25T08:00:00Z", "Psykiatri Gävleborg", "psykiatri.johan", "Remissen returnerad", "Skäl"));

		JsonNode shown = json(TaskContextVariables.of(new TaskContext(), history, Optional.of(TOLVAN), null, id -> id, TODAY));

		assertThat(shown.path("events").get(0).path("when").asText()).isEqualTo("2026-11-25 09:00");
		assertThat(shown.path("events").get(0).path("what").asText()).isEqualTo("Remissen returnerad (Psykiatri Gävleborg, psykiatri.johan)");
		assertThat(shown.path("events").get(0).path("text").asText()).isEqualTo("Skäl");
	}

	private static Map<String, TypedValue> variables(TaskContext context, Optional<CasePatient> patient, Date due) {
		return TaskContextVariables.of(context, List.of(), patient, due, id -> id, TODAY);
	}

	private static JsonNode json(Map<String, TypedValue> variables) throws Exception {
		return new ObjectMapper().readTree(variables.get(TaskContextVariables.TASK_CONTEXT).getValue().toString());
	}

}
