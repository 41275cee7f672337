package se.vardflode.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.StartEventBuilder;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import se.vardflode.VardflodeTest;

/** One unsafe or broken model per rule is refused whole; the project's own models all pass. */
@VardflodeTest
class DeploymentGuardTest {

	static final String KEY = "guard-test";

	@Autowired
	TestRestTemplate http;

	@AfterEach
	void removeTestDeployments() {
		repositoryService().createDeploymentQuery().deploymentName("guard-test").list()
			.forEach(deployment -> repositoryService().deleteDeployment(deployment.getId(), true));
	}

	@Test
	void refuses_a_script_task() {
		assertRefused(process(start -> start.scriptTask("runScript").scriptFormat("groovy").scriptText("1 + 1")), "runScript", "SCRIPT");
	}

	@Test
	void refuses_a_script_execution_listener() {
		BpmnModelInstance model = process(start -> start.userTask("work").camundaCandidateGroups("bvc-gavle"));
		CamundaScript script = model.newInstance(CamundaScript.class);
		script.setCamundaScriptFormat("javascript");
		script.setTextContent("java.lang.System.exit(0)");
		CamundaExecutionListener listener = model.newInstance(CamundaExecutionListener.class);
		listener.setCamundaEvent("start");
		listener.setCamundaScript(script);
		model.<UserTask>getModelElementById("work").builder().addExtensionElement(listener);

		assertRefused(model, "work", "SCRIPT");
	}

	@Test
	void refuses_a_script_condition() {
		String xml = Bpmn.convertToString(process(start -> start.exclusiveGateway("decide").condition("yes", "${true}").endEvent()))
			.replace("<bpmn:conditionExpression ", "<bpmn:conditionExpression language=\"groovy\" ")
			.replace("<conditionExpression ", "<conditionExpression language=\"groovy\" ");
		assertRefused(xml, "SCRIPT");
	}

	@Test
	void refuses_an_expression_that_reaches_the_engine_services() {
		assertRefused(process(start -> start.serviceTask("reach").camundaExpression("${execution.getProcessEngineServices().getRuntimeService()}")),
				"reach", "EXPRESSION");
	}

	@Test
	void refuses_get_class_and_bracket_access() {
		assertRefused(process(start -> start.serviceTask("reflect").camundaExpression("${unitId.getClass().forName('java.lang.Runtime')}")),
				"reflect", "EXPRESSION");
		assertRefused(process(start -> start.serviceTask("bracket").camundaExpression("${execution['processEngineServices']}")),
				"bracket", "EXPRESSION");
	}

	@Test
	void refuses_a_java_class_outside_the_project() {
		assertRefused(process(start -> start.serviceTask("foreign").camundaClass("org.example.Delegate")), "foreign", "JAVA_CLASS");
	}

	@Test
	void refuses_a_form_that_does_not_exist() {
		assertRefused(process(start -> start.userTask("fill").camundaFormRef("no-such-form").camundaFormRefBinding("latest")
			.camundaCandidateGroups("bvc-gavle")), "fill", "FORM_REF");
	}

	@Test
	void refuses_an_unknown_candidate_group() {
		assertRefused(process(start -> start.userTask("work").camundaCandidateGroups("no-such-unit")), "work", "CANDIDATE_GROUP");
	}

	@Test
	void refuses_an_executable_process_without_history_time_to_live() {
		String xml = Bpmn.convertToString(process(start -> start.userTask("work").camundaCandidateGroups("bvc-gavle")))
			.replaceAll("camunda:historyTimeToLive=\"[^\"]*\"", "");
		assertRefused(xml, "HISTORY_TIME_TO_LIVE");
	}

	@Test
	void allows_variables_execution_getters_and_camunda_functions() {
		BpmnModelInstance model = process(start -> start.userTask("work").camundaCandidateGroups("${unitId}")
			.camundaAssignee("${currentUser()}").camundaDueDate("${callBackAt}").camundaFormRef("call-back-outcome")
			.camundaFormRefBinding("latest").exclusiveGateway("decide")
			.condition("yes", "${execution.getVariable('patientReached') == 'yes' && execution.processBusinessKey != null}").endEvent("reached")
			.moveToLastGateway().condition("no", "${!execution.hasVariable('patientReached')}").endEvent("notReached"));

		Deployment deployment = deploy(Bpmn.convertToString(model));

		assertThat(repositoryService().createProcessDefinitionQuery().deploymentId(deployment.getId()).count()).isEqualTo(1);
	}

	@Test
	void deploys_every_file_of_processes_and_forms() throws IOException {
		DeploymentBuilder builder = repositoryService().createDeployment().name("guard-test");
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("processes")), Files.walk(Path.of("forms")))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				builder.addString(file.getFileName().toString(), Files.readString(file));
			}
		}

		Deployment deployment = builder.deploy();

		assertThat(repositoryService().createProcessDefinitionQuery().deploymentId(deployment.getId()).count()).isPositive();
	}

	@Test
	void refuses_a_deployment_larger_than_the_limit_whatever_path_it_takes() {
		byte[] large = new byte[6 * 1024 * 1024];
		java.util.Arrays.fill(large, (byte) ' ');

		assertThatThrownBy(() -> repositoryService().createDeployment().name("guard-test").addInputStream("large.bpmn",
				new java.io.ByteArrayInputStream(large)).deploy())
			.isInstanceOf(ParseException.class)
			.hasMessageContaining("[DEPLOYMENT_SIZE]");
		assertThat(repositoryService().createDeploymentQuery().deploymentName("guard-test").count()).isZero();
	}

	@Test
	void refuses_xml_nested_deeper_than_any_model() {
		// a recursive walk of this would overflow the stack
		String deep = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">" + "<subProcess>".repeat(100_000)
				+ "</subProcess>".repeat(100_000) + "</definitions>";

		assertThatThrownBy(() -> deploy(deep)).isInstanceOf(ParseException.class).hasMessageContaining("[XML]");
	}

	@Test
	void refuses_form_components_that_show_content_from_elsewhere() {
		String form = """
				{"id": "guard-test-form", "type": "default", "components": [
				  {"id": "frame", "type": "iframe", "url": "https://evil.example"},
				  {"id": "group", "type": "group", "components": [{"id": "markup", "type": "html", "content": "<img src=x>"}]},
				  {"id": "picture", "type": "image", "source": "https://evil.example/pixel.gif"},
				  {"id": "name", "key": "name", "type": "textfield", "label": "Namn"}]}""";

		assertThatThrownBy(() -> repositoryService().createDeployment().name("guard-test").addString("guard-test.form", form).deploy())
			.isInstanceOf(ParseException.class)
			.hasMessageContaining("'frame' [FORM_COMPONENT]")
			.hasMessageContaining("'markup' [FORM_COMPONENT]")
			.hasMessageContaining("'picture' [FORM_COMPONENT]")
			.hasMessageNotContaining("'name'");
		assertThatThrownBy(() -> repositoryService().createDeployment().name("guard-test").addString("broken.form", "{not json").deploy())
			.isInstanceOf(ParseException.class)
			.hasMessageContaining("'broken.form' [FORM_COMPONENT]");
	}

	@Test
	void the_rest_api_answers_a_refused_deployment_with_400_and_the_reasons() {
		String xml = Bpmn.convertToString(process(start -> start.scriptTask("runScript").scriptFormat("groovy").scriptText("1")));
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("deployment-name", "guard-test");
		parts.add("data", new ByteArrayResource(xml.getBytes()) {
			@Override
			public String getFilename() {
				return "unsafe.bpmn";
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);

		ResponseEntity<String> response = http.withBasicAuth("processagare", "demo")
			.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("Driftsättningen nekades", "unsafe.bpmn", "runScript", "SCRIPT");
		assertThat(repositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isZero();
	}

	private static BpmnModelInstance process(Consumer<StartEventBuilder> body) {
		StartEventBuilder start = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(30).startEvent("start");
		body.accept(start);
		return start.done();
	}

	private void assertRefused(BpmnModelInstance model, String elementId, String rule) {
		assertThatThrownBy(() -> deploy(Bpmn.convertToString(model)))
			.isInstanceOf(ParseException.class)
			.hasMessageContaining("guard-test.bpmn")
			.hasMessageContaining("'" + elementId + "'")
			.hasMessageContaining("[" + rule + "]");
		assertThat(repositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isZero();
	}

	private void assertRefused(String xml, String rule) {
		assertThatThrownBy(() -> deploy(xml)).isInstanceOf(ParseException.class).hasMessageContaining("[" + rule + "]");
		assertThat(repositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isZero();
	}

	private Deployment deploy(String xml) {
		return repositoryService().createDeployment().name("guard-test").addString("guard-test.bpmn", xml).deploy();
	}

}
