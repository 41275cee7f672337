package se.vardflode.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.decisionService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;

import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.vardflode.VardflodeTest;

/**
 * Why the deployment guard lets FEEL through: FEEL can define a function backed by a Java method, but this engine
 * builds its FEEL engine with external functions off, so a decision that tries it fails instead of calling Java.
 */
@VardflodeTest
class FeelCannotCallJavaTest {

	static final String PROBE = "vardflode.feel-probe";


	Deployment deployment;

	@AfterEach
	void remove() {
		System.clearProperty(PROBE);
		if (deployment != null) {
			repositoryService().deleteDeployment(deployment.getId(), true);
		}
	}

	@Test
	void a_feel_external_function_does_not_call_java() {
		String feel = "{f: function(k, v) external {java: {class: \"java.lang.System\", "
				+ "method signature: \"setProperty(java.lang.String, java.lang.String)\"}}, r: f(\"" + PROBE + "\", \"ran\")}.r";
		deployment = repositoryService().createDeployment().name("feel-probe").addString("feel-probe.dmn", """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
				    id="feel-probe-definitions" name="FEEL" namespace="http://vardflode.se/dmn">
				  <decision id="feel-probe" name="FEEL" camunda:historyTimeToLive="P1D">
				    <variable id="result" name="result" typeRef="string"/>
				    <literalExpression id="probe"><text>%s</text></literalExpression>
				  </decision>
				</definitions>""".formatted(feel.replace("\"", "&quot;"))).deploy();

		assertThatThrownBy(() -> decisionService().evaluateDecisionByKey("feel-probe").variables(Variables.createVariables()).evaluate())
			.rootCause().hasMessageContaining("External functions are disabled");
		assertThat(System.getProperty(PROBE)).isNull();
	}

}
