package se.vardflode.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.vardflode.EngineClock;
import se.vardflode.Jobs;
import se.vardflode.VardflodeTest;
import se.vardflode.taskcontext.ShownTaskContext;

/**
 * Every referral task shows the referral as sent and its history: a referral that bounces carries its returns and
 * revisions to both units, with who wrote what and when (issue 19).
 */
@VardflodeTest
class ReferralTaskContextTest {

	static final String ASSESS = "assessReferral";

	@Autowired
	Referrals referrals;
	@Autowired
	ReferralRules rules;
	@Autowired
	RuntimeService runtimeService;
	@Autowired
	TaskService taskService;
	@Autowired
	IdentityService identityService;
	@Autowired
	ManagementService managementService;

	Instant now = Instant.parse("2026-11-23T08:00:00Z");
	ProcessInstance referral;

	@BeforeEach
	void setUp() {
		EngineClock.setTo(now);
		String processInstanceId = referrals.send(rules.referral(ReferralFixtures.severeDepressionForTakeover())).processInstanceId();
		referral = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
		Jobs.runAsyncContinuations(managementService, referral.getId());
	}

	@AfterEach
	void tearDown() {
		identityService.clearAuthentication();
	}

	@Test
	void the_receiver_sees_the_patient_the_question_and_the_diagnosis_with_the_assessment_deadline() {
		ShownTaskContext shown = ShownTaskContext.of(taskService, task(ASSESS, referral).getId());

		assertThat(shown.patientName()).isEqualTo("Tolvan Tolvansson");
		assertThat(shown.personnummer()).isEqualTo("19121212-1212");
		assertThat(shown.from()).isEqualTo("Vårdcentralen Gävle");
		assertThat(shown.deadline()).isEqualTo("Bedöm remissen inom 14 dagar");
		assertThat(shown.due()).isEqualTo("2026-12-07 09:00");
		assertThat(shown.findings()).containsEntry("Remiss", "övertagande, primärvård till psykiatri")
			.containsEntry("Diagnos", "F32.2 (depression)").containsEntry("Svårighetsgrad", "svår").containsEntry("Suicidrisk", "måttlig")
			.containsEntry("Brådskande", "nej").doesNotContainKey("Returer");
		assertThat(shown.texts()).containsEntry("Frågeställning", "Svår depressiv episod utan effekt av insatt behandling");
		assertThat(shown.events()).isEmpty();
	}

	@Test
	void a_returned_referral_carries_its_return_and_revision_to_both_units() {
		as("psykiatri.johan", "psykiatri-gavleborg");
		complete(ASSESS, Map.of("assessment", "RETURN", "returnReason", "Ange tidigare behandlingsförsök"));

		ShownTaskContext revision = ShownTaskContext.of(taskService, task("reviseReferral", referral).getId());
		assertThat(revision.from()).isEqualTo("Psykiatri Gävleborg");
		assertThat(revision.findings()).containsEntry("Returer", "1");
		assertThat(revision.events()).containsExactly(
				List.of("2026-11-23 09:00", "Remissen returnerad (Psykiatri Gävleborg, psykiatri.johan)", "Ange tidigare behandlingsförsök"));

		as("vc.anders", "vc-gavle");
		complete("reviseReferral", Map.of("revision", "RESEND", "revisionNote", "Sertralin 8 veckor utan effekt"));
		Jobs.runAsyncContinuations(managementService, referral.getId());

		ShownTaskContext secondAssessment = ShownTaskContext.of(taskService, task(ASSESS, referral).getId());
		assertThat(secondAssessment.events()).extracting(row -> row.get(1) + ": " + row.get(2)).containsExactly(
				"Remissen returnerad (Psykiatri Gävleborg, psykiatri.johan): Ange tidigare behandlingsförsök",
				"Skicka remissen igen (Vårdcentralen Gävle, vc.anders): Sertralin 8 veckor utan effekt");
	}

	private void as(String userId, String unit) {
		identityService.setAuthentication(userId, List.of(unit));
	}

	/** Completes the task as the user {@link #as} set, who is recorded in the history, then reads on as the test. */
	private void complete(String taskKey, Map<String, Object> answers) {
		String taskId = taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey(taskKey).singleResult().getId();
		try {
			taskService.complete(taskId, answers);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

}
