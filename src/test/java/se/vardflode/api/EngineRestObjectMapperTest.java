package se.vardflode.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.Map;

import jakarta.ws.rs.ext.ContextResolver;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import se.vardflode.VardflodeTest;

/**
 * The engine REST API reads and writes JSON with one mapper configured as Camunda's: its date format, unknown
 * properties ignored; the mapper a resource asks for is the shared one, not Camunda's
 * per-request {@link JacksonConfigurator}.
 */
@VardflodeTest
class EngineRestObjectMapperTest {

	static final String BVC_NURSE = "bvc.karin";

	@Autowired
	TestRestTemplate http;

	@Autowired
	ResourceConfig engineRest;

	Deployment deployment;
	Task task;

	@BeforeEach
	void aBvcTask() {
		deployment = repositoryService().createDeployment().name("engine-rest-object-mapper")
			.addModelInstance("engine-rest-object-mapper.bpmn", Bpmn.createExecutableProcess("engine-rest-object-mapper")
				.camundaHistoryTimeToLive(1).startEvent().userTask("homeVisit").name("Hembesök nyfödd")
				.camundaCandidateGroups("bvc-gavle").endEvent().done())
			.deploy();
		runtimeService().startProcessInstanceByKey("engine-rest-object-mapper");
		task = taskService().createTaskQuery().processDefinitionKey("engine-rest-object-mapper").singleResult();
	}

	@AfterEach
	void removeProcess() {
		repositoryService().deleteDeployment(deployment.getId(), true);
	}

	@Test
	void dates_are_written_in_camundas_format() {
		ResponseEntity<String> read = http.withBasicAuth(BVC_NURSE, "demo").getForEntity("/engine-rest/task/" + task.getId(),
				String.class);

		assertThat(read.getStatusCode().value()).isEqualTo(200);
		assertThat(read.getBody()).containsPattern("\"created\":\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4}\"");
	}

	@Test
	void a_query_with_a_date_and_an_unknown_property_is_read_as_camunda_reads_it() {
		ResponseEntity<String> found = http.withBasicAuth(BVC_NURSE, "demo").postForEntity("/engine-rest/task", Map.of(
				"processDefinitionKey", "engine-rest-object-mapper", "createdAfter", "2000-01-01T00:00:00.000+0000",
				"notAQueryProperty", true), String.class);
		ResponseEntity<String> none = http.withBasicAuth(BVC_NURSE, "demo").postForEntity("/engine-rest/task", Map.of(
				"processDefinitionKey", "engine-rest-object-mapper", "createdAfter", "2999-01-01T00:00:00.000+0000"),
				String.class);

		assertThat(found.getStatusCode().value()).isEqualTo(200);
		assertThat(found.getBody()).contains(task.getId());
		assertThat(none.getStatusCode().value()).isEqualTo(200);
		assertThat(none.getBody()).isEqualTo("[]");
	}

	@Test
	void camundas_per_request_mapper_is_replaced_by_the_shared_one() {
		assertThat(engineRest.getClasses()).contains(EngineRestObjectMapper.SharedObjectMapper.class)
			.doesNotContain(JacksonConfigurator.class);
		ContextResolver<ObjectMapper> resolver = new EngineRestObjectMapper.SharedObjectMapper();
		assertThat(resolver.getContext(Task.class)).isSameAs(resolver.getContext(Map.class));
	}

}
