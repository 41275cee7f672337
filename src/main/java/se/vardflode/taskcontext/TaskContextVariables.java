package se.vardflode.taskcontext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import se.vardflode.identity.TasklistColumns;
import se.vardflode.patient.CasePatient;

/**
 * The task-local variables a staff task gets as it is created: {@value #TASK_CONTEXT}, a JSON object that every staff
 * form's context block reads, and the {@link TasklistColumns} that Tasklist's filters show on the task card.
 *
 * <p>The form's header is a form-js text component: form-js puts the values into its template and renders the result
 * as markdown. So every value the header shows (the patient, the sender, the dates, the findings) is stored with each
 * ASCII punctuation character escaped and line breaks folded, which markdown shows as the character itself: a name or
 * finding cannot become a link, an image or a heading. Texts, answers and events are shown by form-js tables, which
 * render cell values as text, and are stored as written. The Tasklist columns are shown as text and stored as written.
 */
final class TaskContextVariables {

	static final String TASK_CONTEXT = "taskContext";
	static final String NAME_UNKNOWN = "Namn saknas";
	static final String NO_DEADLINE = "Ingen tidsgräns";

	private static final ObjectMapper JSON = new ObjectMapper();

	private TaskContextVariables() {
	}

	/**
	 * @param unitName the name of a configured unit by its id
	 * @param today the day the patient's age is counted on
	 */
	static Map<String, TypedValue> of(TaskContext context, List<StoredCaseHistory.Stored> history, Optional<CasePatient> patient, Date due,
			Function<String, String> unitName, LocalDate today) {
		Optional<String> from = context.from().or(() -> context.fromUnitId().map(unitName));
		String deadline = context.deadline().orElse(due == null ? NO_DEADLINE : "Förfallodatum");
		String dueText = due == null ? null : TaskContext.dayAndTime(due);

		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("patient", patient.map(known -> {
			Map<String, Object> header = new LinkedHashMap<>();
			header.put("name", markdownText(known.name().map(Object::toString).orElse(NAME_UNKNOWN)));
			header.put("personnummer", markdownText(known.personnummer().formatted()));
			header.put("age", markdownText(known.ageOn(today)));
			return header;
		}).orElse(null));
		shown.put("about", context.about().map(TaskContextVariables::markdownText)
			.orElse(patient.isPresent() ? null : markdownText("Uppgiften gäller ingen enskild patient")));
		shown.put("from", from.map(TaskContextVariables::markdownText).orElse(null));
		shown.put("due", dueText == null ? null : markdownText(dueText));
		shown.put("deadline", markdownText(deadline));
		shown.put("findings", context.findings().stream().map(line -> Map.of("label", markdownText(line.label()), "value", markdownText(line.value())))
			.toList());
		shown.put("texts", context.texts().stream().map(line -> Map.of("label", line.label(), "text", line.value())).toList());
		shown.put("answers", context.answers().stream()
			.map(answer -> Map.of("questionnaire", answer.questionnaire(), "question", answer.question(), "answer", answer.answer())).toList());
		List<Map<String, String>> events = new ArrayList<>();
		history.forEach(entry -> events.add(Map.of("when", TaskContext.dayAndTime(Instant.parse(entry.when())), "what", recorded(entry),
				"text", entry.text() == null ? "" : entry.text())));
		context.events().forEach(event -> events.add(Map.of("when", event.when(), "what", event.what(), "text", event.text())));
		shown.put("events", events);

		Map<String, TypedValue> variables = new LinkedHashMap<>();
		variables.put(TASK_CONTEXT, SpinValues.jsonValue(json(shown)).create());
		variables.put(TasklistColumns.PATIENT, Variables.stringValue(patient
			.map(known -> known.name().map(Object::toString).orElse(NAME_UNKNOWN))
			.orElse(context.about().orElse("Ingen enskild patient"))));
		patient.ifPresent(known -> variables.put(TasklistColumns.PERSONNUMMER, Variables.stringValue(known.personnummer().formatted())));
		variables.put(TasklistColumns.DEADLINE, Variables.stringValue(dueText == null ? deadline : dueText + " – " + deadline));
		return variables;
	}

	/** "Returnerad (Psykiatri Gävleborg, psykiatri.johan)": what happened, where and by whom. */
	private static String recorded(StoredCaseHistory.Stored entry) {
		List<String> where = new ArrayList<>();
		if (entry.unit() != null) {
			where.add(entry.unit());
		}
		if (entry.by() != null) {
			where.add(entry.by());
		}
		return where.isEmpty() ? entry.what() : entry.what() + " (" + String.join(", ", where) + ")";
	}

	/** The names of every variable {@link #of} may write, so that nobody else writes them. */
	static List<String> names() {
		return List.of(TASK_CONTEXT, TasklistColumns.PATIENT, TasklistColumns.PERSONNUMMER, TasklistColumns.DEADLINE);
	}

	/**
	 * Text that markdown shows as written: each ASCII punctuation character backslash-escaped (CommonMark lets any of
	 * them be escaped, and form-js's renderer, marked, follows it), line breaks and tabs folded into spaces.
	 */
	static String markdownText(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		text.strip().codePoints().forEach(c -> {
			if (c == '\n' || c == '\r' || c == '\t') {
				escaped.append(' ');
			}
			else {
				if (c < 128 && isAsciiPunctuation((char) c)) {
					escaped.append('\\');
				}
				escaped.appendCodePoint(c);
			}
		});
		return escaped.toString();
	}

	private static boolean isAsciiPunctuation(char c) {
		return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
	}

	private static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("The task context could not be written as JSON", ex);
		}
	}

}
