package se.vardflode.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import se.vardflode.VardflodeTest;

/**
 * An Object variable names the Java type the engine (or the REST API) creates from its JSON, and Jackson will call a
 * type's constructor with the value: a {@code java.io.FileOutputStream} of a path creates or empties that file on the
 * server. Only the project's types may be stored or read, whatever the path; a nurse on her own unit's task is the
 * attacker here, as in issue 15.
 */
@VardflodeTest
class ObjectVariableTypesTest {

	static final String BVC_NURSE = "bvc.karin";
	static final String PASSWORD = "demo";

	@Autowired
	TestRestTemplate http;


	@TempDir
	Path serverFiles;
	Deployment deployment;
	Task task;

	@BeforeEach
	void aBvcTaskTheNurseHasClaimed() {
		deployment = repositoryService().createDeployment().name("object-variable-types")
			.addModelInstance("object-variable-types.bpmn", Bpmn.createExecutableProcess("object-variable-types").camundaHistoryTimeToLive(1)
				.startEvent().userTask("homeVisit").name("Hembesök nyfödd").camundaCandidateGroups("bvc-gavle").endEvent().done())
			.deploy();
		runtimeService().startProcessInstanceByKey("object-variable-types");
		task = taskService().createTaskQuery().processDefinitionKey("object-variable-types").singleResult();
		http.withBasicAuth(BVC_NURSE, PASSWORD).postForEntity("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", BVC_NURSE),
				String.class);
	}

	@AfterEach
	void removeProcess() {
		repositoryService().deleteDeployment(deployment.getId(), true);
	}

	@Test
	void a_nurse_cannot_store_a_file_output_stream_as_a_json_object_variable() {
		Path target = serverFiles.resolve("written-by-the-engine");

		ResponseEntity<String> response = http.withBasicAuth(BVC_NURSE, PASSWORD).postForEntity(
				"/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", Map.of("evil", fileOutputStream(target))), String.class);

		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("java.io.FileOutputStream");
		assertThat(taskService().createTaskQuery().taskId(task.getId()).count()).as("the task is still open").isOne();
		assertThat(target).doesNotExist();
	}

	@Test
	void the_engine_refuses_to_store_a_type_outside_the_allow_list_whoever_asks() {
		Path target = serverFiles.resolve("written-by-the-engine");
		ObjectValue value = Variables.serializedObjectValue("\"" + target + "\"").objectTypeName("java.io.FileOutputStream")
			.serializationDataFormat(SerializationDataFormats.JSON).create();

		assertThatThrownBy(() -> taskService().setVariable(task.getId(), "evil", value))
			.isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("java.io.FileOutputStream")
			.hasMessageContaining("får inte lagras");
		assertThat(taskService().getVariable(task.getId(), "evil")).isNull();
	}

	@Test
	void a_nurse_cannot_upload_a_file_output_stream_as_variable_data() {
		Path target = serverFiles.resolve("written-by-the-rest-api");
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("type", "java.io.FileOutputStream");
		HttpHeaders json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		parts.add("data", new HttpEntity<>(new ByteArrayResource(("\"" + target + "\"").getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "data.json";
			}
		}, json));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);

		ResponseEntity<String> response = http.withBasicAuth(BVC_NURSE, PASSWORD).postForEntity(
				"/engine-rest/task/" + task.getId() + "/variables/evil/data", new HttpEntity<>(parts, headers), String.class);

		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(target).doesNotExist();
		assertThat(taskService().getVariable(task.getId(), "evil")).isNull();
	}

	@Test
	void the_projects_own_json_list_of_strings_is_stored_and_read_over_rest() {
		taskService().setVariable(task.getId(), "units", Variables.serializedObjectValue("[\"vc-gavle\",\"bvc-gavle\"]")
			.objectTypeName("java.util.ArrayList<java.lang.String>").serializationDataFormat(SerializationDataFormats.JSON).create());

		ResponseEntity<Map<String, Map<String, Object>>> read = http.withBasicAuth(BVC_NURSE, PASSWORD).exchange(
				"/engine-rest/task/" + task.getId() + "/variables", HttpMethod.GET, null, new ParameterizedTypeReference<>() {
				});

		assertThat(taskService().getVariable(task.getId(), "units")).isEqualTo(List.of("vc-gavle", "bvc-gavle"));
		assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(read.getBody().get("units").get("value")).isEqualTo(List.of("vc-gavle", "bvc-gavle"));
	}

	private static Map<String, Object> fileOutputStream(Path path) {
		return Map.of("type", "Object", "value", "\"" + path + "\"", "valueInfo",
				Map.of("objectTypeName", "java.io.FileOutputStream", "serializationDataFormat", "application/json"));
	}

}
