package se.vardflode.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of both tables in processes/triage-route.dmn, through the DMN engine the process engine uses. */
class TriageRouteTableTest {

	static DmnEngine dmn;
	static DmnDecision route;
	static DmnDecision substanceFollowUp;

	@BeforeAll
	static void parseTables() throws IOException {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream in = new FileInputStream("processes/triage-route.dmn")) {
			route = dmn.parseDecision("triage-route", in);
		}
		try (InputStream in = new FileInputStream("processes/triage-route.dmn")) {
			substanceFollowUp = dmn.parseDecision("substance-follow-up", in);
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			// rule,               answered, item9, phq9,              gad7,          audit,               dudit,                age, mainProblem,   route
			"itemNineSignal,       true,  true,  MINIMAL,           NOT_ANSWERED,  NOT_ANSWERED,        NOT_ANSWERED,         40, STRESS,        PHYSICIAN_SAME_DAY",
			"nothingAnswered,      false, false, NOT_ANSWERED,      NOT_ANSWERED,  NOT_ANSWERED,        NOT_ANSWERED,         40, ANXIETY,       PST_ASSESSMENT",
			"alcoholDependence,    true,  false, MINIMAL,           MINIMAL,       PROBABLE_DEPENDENCE, NOT_ANSWERED,         40, STRESS,        PST_ASSESSMENT",
			"drugDependence,       true,  false, MINIMAL,           MINIMAL,       LOW_RISK,            PROBABLE_DEPENDENCE,  40, STRESS,        PST_ASSESSMENT",
			"moderateDepression,   true,  false, MODERATE,          MILD,          NOT_ANSWERED,        NOT_ANSWERED,         40, STRESS,        PST_ASSESSMENT",
			"severeDepression,     true,  false, SEVERE,            NOT_ANSWERED,  NOT_ANSWERED,        NOT_ANSWERED,         40, DEPRESSION,    PST_ASSESSMENT",
			"severeAnxiety,        true,  false, MILD,              SEVERE,        NOT_ANSWERED,        NOT_ANSWERED,         40, ANXIETY,       PST_ASSESSMENT",
			"young,                true,  false, MILD,              MILD,          NOT_ANSWERED,        NOT_ANSWERED,         17, ANXIETY,       PST_ASSESSMENT",
			"anxietySchool,        true,  false, MILD,              MODERATE,      NOT_ANSWERED,        NOT_ANSWERED,         18, ANXIETY,       ANXIETY_SCHOOL",
			"stressSchoolLowMood,  true,  false, MILD,              MINIMAL,       NOT_ANSWERED,        NOT_ANSWERED,         40, STRESS,        STRESS_SCHOOL",
			"stressSchoolAnxious,  true,  false, NOT_ANSWERED,      MILD,          NOT_ANSWERED,        NOT_ANSWERED,         40, STRESS,        STRESS_SCHOOL",
			"moderateAnxiety,      true,  false, MINIMAL,           MODERATE,      NOT_ANSWERED,        NOT_ANSWERED,         40, DEPRESSION,    PST_ASSESSMENT",
			"selfCare,             true,  false, MILD,              MINIMAL,       LOW_RISK,            NOT_ANSWERED,         40, DEPRESSION,    SELF_CARE",
			"selfCareMinimal,      true,  false, MINIMAL,           MINIMAL,       NOT_ANSWERED,        NOT_ANSWERED,         70, OTHER,         SELF_CARE" })
	void routes_each_case_as_the_table_says(String rule, boolean answered, boolean itemNine, String phq9, String gad7, String audit,
			String dudit, int age, String mainProblem, String expected) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("anyQuestionnaireAnswered", answered);
		facts.put("phq9SuicideSignal", itemNine);
		facts.put("phq9Band", phq9);
		facts.put("gad7Band", gad7);
		facts.put("auditBand", audit);
		facts.put("duditBand", dudit);
		facts.put("patientAge", age);
		facts.put("mainProblem", mainProblem);

		String decided = dmn.evaluateDecision(route, facts).getSingleResult().getSingleEntry();

		assertThat(decided).as(rule).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			// rule,              audit,               dudit,                 mainProblem,   followUp
			"riskyDrinking,       RISKY_USE,           NOT_ANSWERED,          STRESS,        true",
			"harmfulDrinking,     HARMFUL_USE,         NO_DRUG_RELATED_PROBLEMS, STRESS,     true",
			"drugProblems,        LOW_RISK,            DRUG_RELATED_PROBLEMS, DEPRESSION,    true",
			"nurseSaysSubstance,  NOT_ANSWERED,        NOT_ANSWERED,          ALCOHOL_DRUGS, true",
			"noSubstanceProblem,  LOW_RISK,            NO_DRUG_RELATED_PROBLEMS, ANXIETY,    false" })
	void decides_alcohol_and_drug_follow_up_beside_the_route(String rule, String audit, String dudit, String mainProblem, boolean expected) {
		Map<String, Object> facts = Map.of("auditBand", audit, "duditBand", dudit, "mainProblem", mainProblem);

		Boolean decided = dmn.evaluateDecision(substanceFollowUp, facts).getSingleResult().getSingleEntry();

		assertThat(decided).as(rule).isEqualTo(expected);
	}

}
