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
			// rule,                      direction,             request,      group,       severity, age, suicide, antidepressants, psychological, psychotic, receiver, urgency, acute contact
			"child at high risk,          PRIMARY_TO_PSYCHIATRY, TAKEOVER,     DEPRESSION,  MODERATE, 15,  HIGH,     0, 0, false, CHILD_PSYCHIATRY,      URGENT, true",
			"child at unclear risk,       PRIMARY_TO_PSYCHIATRY, TAKEOVER,     DEPRESSION,  MODERATE, 15,  UNCLEAR,  0, 0, false, CHILD_PSYCHIATRY,      URGENT, false",
			"child,                       PRIMARY_TO_PSYCHIATRY, TAKEOVER,     ANXIETY,     MILD,     17,  LOW,      0, 0, false, CHILD_PSYCHIATRY,      NORMAL, false",
			"adult at high risk,          PRIMARY_TO_PSYCHIATRY, TAKEOVER,     DEPRESSION,  MODERATE, 18,  HIGH,     0, 0, false, PSYCHIATRY_EMERGENCY,  URGENT, true",
			"hard-to-assess risk,         PRIMARY_TO_PSYCHIATRY, CONSULTATION, ANXIETY,     MILD,     40,  UNCLEAR,  0, 0, false, PSYCHIATRY_EMERGENCY,  URGENT, false",
			"psychotic symptoms,          PRIMARY_TO_PSYCHIATRY, TAKEOVER,     DEPRESSION,  SEVERE,   30,  LOW,      0, 0, true,  PSYCHIATRY_EMERGENCY,  URGENT, false",
			"suspected psychosis,         PRIMARY_TO_PSYCHIATRY, TAKEOVER,     PSYCHOSIS,   MODERATE, 30,  LOW,      0, 0, false, PSYCHIATRY_EMERGENCY,  URGENT, false",
			"bipolar,                     PRIMARY_TO_PSYCHIATRY, TAKEOVER,     BIPOLAR,     MILD,     30,  LOW,      0, 0, false, PSYCHIATRY_OUTPATIENT, NORMAL, false",
			"personality,                 PRIMARY_TO_PSYCHIATRY, TAKEOVER,     PERSONALITY, MODERATE, 30,  MODERATE, 0, 0, false, PSYCHIATRY_OUTPATIENT, NORMAL, false",
			"neuropsychiatric,            PRIMARY_TO_PSYCHIATRY, TAKEOVER,     NEUROPSYCHIATRIC, MILD, 30, LOW,      0, 0, false, PSYCHIATRY_OUTPATIENT, NORMAL, false",
			"substance,                   PRIMARY_TO_PSYCHIATRY, TAKEOVER,     SUBSTANCE,   MODERATE, 30,  LOW,      0, 0, false, PSYCHIATRY_OUTPATIENT, NORMAL, false",
			"severe episode,              PRIMARY_TO_PSYCHIATRY, TAKEOVER,     DEPRESSION,  SEVERE,   30,  MODERATE, 0, 0, false, PSYCHIATRY_OUTPATIENT, NORMAL, false",
			"treatment resistant,         PRIMARY_TO_PSYCHIATRY, TAKEOVER,     DEPRESSION,  MODERATE, 30,  LOW,      2, 1, false, PSYCHIATRY_OUTPATIENT, NORMAL, false",
			"consultation about mild depression, PRIMARY_TO_PSYCHIATRY, CONSULTATION, DEPRESSION, MILD,   30,  LOW,      0, 0, false, PSYCHIATRY_OUTPATIENT, NORMAL, false",
			"consultation about eating disorder F50, PRIMARY_TO_PSYCHIATRY, CONSULTATION, OTHER, MODERATE, 30, LOW,     0, 0, false, PSYCHIATRY_OUTPATIENT, NORMAL, false",
			"antidepressants alone,       PRIMARY_TO_PSYCHIATRY, TAKEOVER,     DEPRESSION,  MODERATE, 30,  LOW,      3, 0, false, PRIMARY_CARE,          NORMAL, false",
			"one antidepressant only,     PRIMARY_TO_PSYCHIATRY, TAKEOVER,     DEPRESSION,  MODERATE, 30,  LOW,      1, 2, false, PRIMARY_CARE,          NORMAL, false",
			"takeover of mild to moderate,  PRIMARY_TO_PSYCHIATRY, TAKEOVER,     ANXIETY,     MODERATE, 30,  LOW,      0, 0, false, PRIMARY_CARE,          NORMAL, false",
			"return with high risk,       PSYCHIATRY_TO_PRIMARY, TAKEOVER,     DEPRESSION,  MODERATE, 30,  HIGH,     0, 0, false, PRIMARY_CARE,          URGENT, true",
			"return with suicide risk,    PSYCHIATRY_TO_PRIMARY, TAKEOVER,     DEPRESSION,  MODERATE, 30,  MODERATE, 0, 0, false, PRIMARY_CARE,          URGENT, false",
			"return,                      PSYCHIATRY_TO_PRIMARY, TAKEOVER,     DEPRESSION,  MILD,     30,  LOW,      0, 0, false, PRIMARY_CARE,          NORMAL, false" })
	void routes_each_case_as_the_regional_guidance_says(String rule, String direction, String request, String group, String severity,
			int age, String suicideRisk, int failedAntidepressantTrials, int failedPsychologicalTreatments, boolean psychotic, String receiver,
			String urgency, boolean acuteContact) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("direction", direction);
		facts.put("requestType", request);
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
		assertThat(result.<Boolean>getEntry("acuteContact")).as(rule).isEqualTo(acuteContact);
	}

}
