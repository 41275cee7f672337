package se.vardflode.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real processes/chat-duration.dmn, one test per rule, on the DMN engine alone. */
class ChatDurationDecisionTest {

	static DmnEngine dmn;
	static DmnDecision decision;

	@BeforeAll
	static void parseDecision() throws IOException {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream file = Files.newInputStream(Path.of("processes/chat-duration.dmn"))) {
			decision = dmn.parseDecision("chat-duration", file);
		}
	}

	@Test
	void bvc_chat_is_open_one_year_from_enrollment() {
		DmnDecisionRuleResult period = decide("BVC");

		assertThat(period.<String>getEntry("periodStart")).isEqualTo("enrollment");
		assertThat(period.<String>getEntry("openPeriod")).isEqualTo("P1Y");
	}

	@Test
	void um_chat_is_open_one_year_from_enrollment() {
		DmnDecisionRuleResult period = decide("UM");

		assertThat(period.<String>getEntry("periodStart")).isEqualTo("enrollment");
		assertThat(period.<String>getEntry("openPeriod")).isEqualTo("P1Y");
	}

	@Test
	void mvc_chat_is_open_until_twelve_weeks_after_the_due_date() {
		DmnDecisionRuleResult period = decide("MVC");

		assertThat(period.<String>getEntry("periodStart")).isEqualTo("dueDate");
		assertThat(period.<String>getEntry("openPeriod")).isEqualTo("P12W");
	}

	@Test
	void after_the_delivery_the_mvc_chat_is_open_until_twelve_weeks_after_the_birth() {
		DmnDecisionRuleResult period = decide("MVC", true);

		assertThat(period.<String>getEntry("periodStart")).isEqualTo("birthDate");
		assertThat(period.<String>getEntry("openPeriod")).isEqualTo("P12W");
	}

	@Test
	void unknown_care_type_has_no_period() {
		assertThat(dmn.evaluateDecisionTable(decision, Variables.createVariables().putValue("careType", "VC").putValue("delivered", false)))
			.isEmpty();
	}

	/** At enrollment: chat-enrollment.bpmn evaluates the table with {@code delivered} false. */
	private static DmnDecisionRuleResult decide(String careType) {
		return decide(careType, false);
	}

	private static DmnDecisionRuleResult decide(String careType, boolean delivered) {
		return dmn.evaluateDecisionTable(decision, Variables.createVariables().putValue("careType", careType).putValue("delivered", delivered))
			.getSingleResult();
	}

}
