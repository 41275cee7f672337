package se.vardflode.taskcontext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.TaskService;

import se.vardflode.identity.TasklistColumns;

/**
 * A staff task's context as its form and Tasklist card show it, read back from the task-local variables, with the
 * header's markdown escapes taken out: what a test compares with what the person sees.
 */
public final class ShownTaskContext {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final JsonNode context;
	private final Map<String, Object> columns;

	private ShownTaskContext(JsonNode context, Map<String, Object> columns) {
		this.context = context;
		this.columns = columns;
	}

	public static ShownTaskContext of(TaskService taskService, String taskId) {
		Object json = taskService.getVariableLocal(taskId, TaskContextVariables.TASK_CONTEXT);
		if (json == null) {
			throw new AssertionError("Task " + taskId + " has no task context");
		}
		try {
			return new ShownTaskContext(JSON.readTree(json.toString()),
					taskService.getVariablesLocal(taskId, List.of(TasklistColumns.PATIENT, TasklistColumns.PERSONNUMMER, TasklistColumns.DEADLINE)));
		}
		catch (java.io.IOException ex) {
			throw new AssertionError("The task context is not JSON", ex);
		}
	}

	/** The variables the form reads, as form-js gets them (the header's values escaped for markdown). */
	public JsonNode json() {
		return context;
	}

	public String patientName() {
		return shown(context.path("patient").path("name"));
	}

	public String personnummer() {
		return shown(context.path("patient").path("personnummer"));
	}

	public String age() {
		return shown(context.path("patient").path("age"));
	}

	public boolean hasPatient() {
		return !context.path("patient").isNull() && !context.path("patient").isMissingNode();
	}

	public String about() {
		return shown(context.path("about"));
	}

	public String from() {
		return shown(context.path("from"));
	}

	public String deadline() {
		return shown(context.path("deadline"));
	}

	public String due() {
		return shown(context.path("due"));
	}

	/** The header's lines, label to value. */
	public Map<String, String> findings() {
		Map<String, String> findings = new LinkedHashMap<>();
		context.path("findings").forEach(line -> findings.put(shown(line.path("label")), shown(line.path("value"))));
		return findings;
	}

	/** The table "Ärendet", label to text. */
	public Map<String, String> texts() {
		Map<String, String> texts = new LinkedHashMap<>();
		context.path("texts").forEach(line -> texts.put(line.path("label").asText(), line.path("text").asText()));
		return texts;
	}

	/** The table "Svar per fråga", each row as questionnaire, question, answer. */
	public List<List<String>> answers() {
		List<List<String>> answers = new ArrayList<>();
		context.path("answers").forEach(row -> answers.add(List.of(row.path("questionnaire").asText(), row.path("question").asText(),
				row.path("answer").asText())));
		return answers;
	}

	/** The table "Förlopp", each row as when, what, text. */
	public List<List<String>> events() {
		List<List<String>> events = new ArrayList<>();
		context.path("events").forEach(row -> events.add(List.of(row.path("when").asText(), row.path("what").asText(), row.path("text").asText())));
		return events;
	}

	/** What Tasklist's card shows in its columns. */
	public Map<String, Object> columns() {
		return columns;
	}

	private static String shown(JsonNode value) {
		return value.isNull() || value.isMissingNode() ? null : value.asText().replaceAll("\\\\(\\p{Punct})", "$1");
	}

}
