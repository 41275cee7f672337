package se.vardflode.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of processes/referral-routing.dmn, through the DMN engine the process engine uses. */
class ReferralRoutingTableTest {

	static DmnEngine dmn;
	static DmnDecision table;

	@BeforeAll
	static void parseTable() throws IOException {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream in = new FileInputStream("processes/referral-routing.dmn")) {
			table = dmn.parseDecision(ReferralProcess.ROUTING_DECISION, in);
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			// rule,                    direction,             group,       severity, age, suicide, antidepressants, psychological, psychotic, receiver, urgency
			"childAtRisk,               PRIMARY_TO_PSYCHIATRY, DEPRESSION,  MODERATE, 15,  HIGH,     0, 0, false, CHILD_PSYCHIATRY,      URGENT",
			"child,                     PRIMARY_TO_PSYCHIATRY, ANXIETY,     MILD,     17,  LOW,      0, 0, false, CHILD_PSYCHIATRY,      NORMAL",
			"adult at high risk,        PRIMARY_TO_PSYCHIATRY, DEPRESSION,  MODERATE, 18,  HIGH,     0, 0, false, PSYCHIATRY_EMERGENCY,  URGENT",
			"hard-to-assess risk,       PRIMARY_TO_PSYCHIATRY, ANXIETY,     MILD,     40,  UNCLEAR,  0, 0, false, PSYCHIATRY_EMERGENCY,  URGENT",
			"psychotic symptoms,        PRIMARY_TO_PSYCHIATRY, DEPRESSION,  SEVERE,   30,  LOW,      0, 0, true,  PSYCHIATRY_EMERGENCY,  URGENT",
			"suspected psychosis,       PRIMARY_TO_PSYCHIATRY, PSYCHOSIS,   MODERATE, 30,  LOW,      0, 0, false, PSYCHIATRY_EMERGENCY,  URGENT",
			"bipolar,                   PRIMARY_TO_PSYCHIATRY, BIPOLAR,     MILD,     30,  LOW,      0, 0, false, PSYCHIATRY_OUTPATIENT, NORMAL",
			"personality,               PRIMARY_TO_PSYCHIATRY, PERSONALITY, MODERATE, 30,  MODERATE, 0, 0, false, PSYCHIATRY_OUTPATIENT, NORMAL",
			"neuropsychiatric,          PRIMARY_TO_PSYCHIATRY, NEUROPSYCHIATRIC, MILD, 30, LOW,      0, 0, false, PSYCHIATRY_OUTPATIENT, NORMAL",
			"substance,                 PRIMARY_TO_PSYCHIATRY, SUBSTANCE,   MODERATE, 30,  LOW,      0, 0, false, PSYCHIATRY_OUTPATIENT, NORMAL",
			"severe episode,            PRIMARY_TO_PSYCHIATRY, DEPRESSION,  SEVERE,   30,  MODERATE, 0, 0, false, PSYCHIATRY_OUTPATIENT, NORMAL",
			"treatment resistant,       PRIMARY_TO_PSYCHIATRY, DEPRESSION,  MODERATE, 30,  LOW,      2, 1, false, PSYCHIATRY_OUTPATIENT, NORMAL",
			"antidepressants alone,     PRIMARY_TO_PSYCHIATRY, DEPRESSION,  MODERATE, 30,  LOW,      3, 0, false, PRIMARY_CARE,          NORMAL",
			"one antidepressant only,   PRIMARY_TO_PSYCHIATRY, DEPRESSION,  MODERATE, 30,  LOW,      1, 2, false, PRIMARY_CARE,          NORMAL",
			"mild to moderate,          PRIMARY_TO_PSYCHIATRY, ANXIETY,     MODERATE, 30,  LOW,      0, 0, false, PRIMARY_CARE,          NORMAL",
			"return with suicide risk,  PSYCHIATRY_TO_PRIMARY, DEPRESSION,  MODERATE, 30,  MODERATE, 0, 0, false, PRIMARY_CARE,          URGENT",
			"return,                    PSYCHIATRY_TO_PRIMARY, DEPRESSION,  MILD,     30,  LOW,      0, 0, false, PRIMARY_CARE,          NORMAL" })
	void routes_each_case_as_the_regional_guidance_says(String rule, String direction, String group, String severity, int age,
			String suicideRisk, int failedAntidepressantTrials, int failedPsychologicalTreatments, boolean psychotic, String receiver,
			String urgency) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("direction", direction);
		facts.put("diagnosisGroup", group);
		facts.put("severity", severity);
		facts.put("age", age);
		facts.put("suicideRisk", suicideRisk);
		facts.put("failedAntidepressantTrials", failedAntidepressantTrials);
		facts.put("failedPsychologicalTreatments", failedPsychologicalTreatments);
		facts.put("psychoticSymptoms", psychotic);

		DmnDecisionResultEntries result = dmn.evaluateDecision(table, facts).getSingleResult();

		assertThat(result.<String>getEntry("receiver")).as(rule).isEqualTo(receiver);
		assertThat(result.<String>getEntry("urgency")).as(rule).isEqualTo(urgency);
	}

}
