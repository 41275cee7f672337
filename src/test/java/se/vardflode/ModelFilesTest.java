package se.vardflode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/**
 * The files process owners edit, checked as Camunda Modeler and the engine will meet them: every model parses with
 * the Camunda model API and is fully drawn, every form is one that Tasklist's form-js renders, and every form a
 * user task names exists.
 */
class ModelFilesTest {

	/** The newest form schema that the form-js inside Camunda 7.24 Tasklist reads. */
	static final int TASKLIST_SCHEMA_VERSION = 16;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void every_bpmn_parses_and_every_element_is_drawn() throws IOException {
		for (Path file : files("processes", ".bpmn")) {
			BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
			Set<String> drawn = Stream.concat(
					model.getModelElementsByType(BpmnShape.class).stream().map(shape -> shape.getBpmnElement().getId()),
					model.getModelElementsByType(BpmnEdge.class).stream().map(edge -> edge.getBpmnElement().getId()))
				.collect(Collectors.toSet());
			Stream.concat(model.getModelElementsByType(FlowNode.class).stream(), model.getModelElementsByType(SequenceFlow.class).stream())
				.map(BaseElement::getId)
				.forEach(id -> assertThat(drawn).as("%s: %s has a shape or edge", file.getFileName(), id).contains(id));
			assertThat(model.getModelElementsByType(ScriptTask.class)).as("%s has no script tasks", file.getFileName()).isEmpty();
			for (Process process : model.getModelElementsByType(Process.class)) {
				assertThat(process.getCamundaHistoryTimeToLiveString()).as("%s: historyTimeToLive of %s", file.getFileName(), process.getId())
					.isNotBlank();
			}
		}
	}

	/**
	 * Staff read the names (Swedish, as they say it) in Tasklist and Cockpit; programs use the ids (English,
	 * camelCase or kebab-case), so an id never holds spaces or Swedish letters.
	 */
	@Test
	void every_process_activity_and_event_has_a_name_and_a_plain_id() throws IOException {
		for (Path file : files("processes", ".bpmn")) {
			BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
			Stream.concat(model.getModelElementsByType(Process.class).stream(),
					model.getModelElementsByType(FlowNode.class).stream().filter(node -> !(node instanceof Gateway)))
				.forEach(element -> {
					assertThat(element.getId()).as("%s: id", file.getFileName()).matches("[a-z][A-Za-z0-9]*(-[a-z0-9]+)*");
					assertThat(element.getAttributeValue("name")).as("%s: name of %s", file.getFileName(), element.getId()).isNotBlank();
				});
		}
	}

	@Test
	void every_form_is_readable_by_tasklist_and_has_a_unique_id() throws IOException {
		Map<String, Path> ids = new HashMap<>();
		for (Path file : files("forms", ".form")) {
			JsonNode form = json.readTree(file.toFile());

			assertThat(form.path("executionPlatform").asText()).as("%s executionPlatform", file).isEqualTo("Camunda Platform");
			assertThat(form.path("executionPlatformVersion").asText()).as("%s executionPlatformVersion", file).startsWith("7.24");
			assertThat(form.path("schemaVersion").asInt()).as("%s schemaVersion", file).isBetween(1, TASKLIST_SCHEMA_VERSION);
			assertThat(form.path("id").asText()).as("%s id matches its file name", file).isEqualTo(file.getFileName().toString().replace(".form", ""));
			assertThat(ids.put(form.path("id").asText(), file)).as("%s id is unique", file).isNull();
			List<String> componentIds = form.findValuesAsText("id").stream().filter(id -> !id.equals(form.path("id").asText())).toList();
			assertThat(componentIds).as("%s component ids", file).doesNotHaveDuplicates();
		}
	}

	@Test
	void every_form_a_user_task_names_exists() throws IOException {
		Set<String> formIds = files("forms", ".form").stream().map(file -> file.getFileName().toString().replace(".form", ""))
			.collect(Collectors.toSet());
		for (Path file : files("processes", ".bpmn")) {
			Collection<UserTask> userTasks = Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class);
			for (UserTask userTask : userTasks) {
				String formRef = userTask.getCamundaFormRef();
				if (formRef != null && !formRef.startsWith("${")) {
					assertThat(formIds).as("%s: form of %s", file.getFileName(), userTask.getId()).contains(formRef);
				}
			}
		}
	}

	private static List<Path> files(String directory, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(Path.of(directory))) {
			List<Path> files = paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
			assertThat(files).as("files in %s", directory).isNotEmpty();
			return files;
		}
	}

}
