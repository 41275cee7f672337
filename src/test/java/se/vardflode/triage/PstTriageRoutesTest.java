package se.vardflode.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vardflode.EngineClock;
import se.vardflode.Inboxes;
import se.vardflode.Mailbox;
import se.vardflode.VardflodeTest;

/**
 * From the nurse's triage through the patient's questionnaires, the scoring and the route tables to each route of
 * pst-triage.bpmn, on the real engine with the real models.
 */
@VardflodeTest
class PstTriageRoutesTest {

	static final String PST = "pst-sodra-halsingland";

	final Mailbox mailbox = Mailbox.get();

	@Autowired
	JdbcClient jdbc;
	@Autowired
	ProcessEngine engine;
	@Autowired
	TestRestTemplate http;

	/** A Friday morning: the care guarantee's three calendar days end on Monday. */
	Instant now = Instant.parse("2026-11-27T09:00:00Z");

	@BeforeEach
	void setUp() {
		EngineClock.setTo(now);
	}

	@Test
	void phq9_item_nine_above_zero_goes_to_a_physician_the_same_day_whatever_the_total() {
		ProcessInstance contact = triagedFor("STRESS", true, false, false, false);

		answer(contact, Map.of("phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(2, 1, 2).item(9, "1").answers()));

		assertThat(contact).isWaitingAt("physicianAssessmentSameDay").variables().containsEntry("phq9Total", 3)
			.containsEntry("phq9SuicideSignal", true).containsEntry("route", "PHYSICIAN_SAME_DAY");
		assertThat(task(contact)).hasCandidateGroup("lakare-gavleborg");
	}

	@Test
	void moderate_depression_goes_to_pst_with_the_care_guarantee_in_calendar_days() {
		ProcessInstance contact = triagedFor("DEPRESSION", true, false, false, false);

		answer(contact, Map.of("phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(12, 1, 8).answers()));

		assertThat(contact).isWaitingAt("pstAssessment").variables().containsEntry("phq9Band", "MODERATE").containsEntry("route", "PST_ASSESSMENT");
		Task assessment = task(contact);
		assertThat(assessment).hasCandidateGroup(PST);
		// Friday 10:00 in Stockholm + 3 calendar days = Monday 10:00
		assertThat(assessment.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-30T09:00:00Z")));
		complete(assessment, Map.of("pstDecision", "INDIVIDUAL_TREATMENT", "pstNote", "Samtalsbehandling"));
		assertThat(contact).isWaitingAt(TriageProcess.START_INDIVIDUAL_TREATMENT).hasNotPassed("notifyPstManager");
	}

	@Test
	void a_pst_assessment_without_a_decision_is_refused_and_stays_open() {
		ProcessInstance contact = triagedFor("DEPRESSION", true, false, false, false);
		answer(contact, Map.of("phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(12, 1, 8).answers()));
		String taskId = task(contact).getId();

		assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("pstNote", "Ringt")))
			.hasMessageContaining("pstDecision: Fältet måste fyllas i");
		assertThat(contact).isWaitingAt("pstAssessment");
	}

	@Test
	void the_scored_band_is_read_only_a_pst_assessment_that_overwrites_it_is_refused() {
		ProcessInstance contact = triagedFor("DEPRESSION", true, false, false, false);
		answer(contact, Map.of("phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(12, 1, 8).answers()));
		String taskId = task(contact).getId();

		ResponseEntity<String> response = http.withBasicAuth("pst.lena", "demo").postForEntity("/engine-rest/task/" + taskId + "/complete",
				Map.of("variables", Map.of("pstDecision", Map.of("value", "NO_FURTHER_CARE"), "pstNote", Map.of("value", "Inget behov"),
						"phq9Band", Map.of("value", "MINIMAL"))), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("phq9Band: ");
		assertThat(contact).isWaitingAt("pstAssessment").variables().containsEntry("phq9Band", "MODERATE");
	}

	@Test
	void a_pst_assessment_past_the_care_guarantee_is_escalated_to_the_pst_manager() throws Exception {
		ProcessInstance contact = triagedFor("DEPRESSION", true, false, false, false);
		answer(contact, Map.of("phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(12, 1, 8).answers()));
		int mailsBefore = mailbox.received().length;

		Job deadline = managementService().createJobQuery().processInstanceId(contact.getId()).activityId("pstAssessmentOverdue").singleResult();
		assertThat(deadline.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-30T09:00:00Z")));
		EngineClock.setTo(Instant.parse("2026-11-30T09:00:01Z"));
		execute(deadline);
		execute(job("notifyPstManager", contact));

		MimeMessage mail = mailbox.received()[mailsBefore];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("pst-sodra-halsingland-chef@region.example");
		assertThat(mail.getSubject()).isEqualTo("PST-bedömning har passerat vårdgarantin – PST Södra Hälsingland");
		assertThat((String) mail.getContent()).contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task(contact).getId());
		assertThat(contact).isWaitingAt("pstAssessment").hasPassed("pstEscalated");
	}

	@Test
	void an_escalation_whose_task_was_done_before_the_mail_went_out_links_to_tasklist() throws Exception {
		ProcessInstance contact = triagedFor("DEPRESSION", true, false, false, false);
		answer(contact, Map.of("phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(12, 1, 8).answers()));
		int mailsBefore = mailbox.received().length;
		EngineClock.setTo("2026-11-30T09:00:01Z");
		execute(managementService().createJobQuery().processInstanceId(contact.getId()).activityId("pstAssessmentOverdue").singleResult());
		complete(task(contact), Map.of("pstDecision", "INDIVIDUAL_TREATMENT", "pstNote", "Samtalsbehandling"));

		execute(job("notifyPstManager", contact));

		String body = Mailbox.body(mailbox.received()[mailsBefore]);
		assertThat(body).contains("Öppna uppgiften i Tasklist: http://localhost:8080/camunda/app/tasklist/default/").doesNotContain("?task=");
	}

	@Test
	void a_questionnaire_left_unanswered_for_seven_days_reaches_a_nurse_and_then_pst() {
		ProcessInstance contact = triagedFor("DEPRESSION", true, false, false, false);
		ProcessInstance questionnaire = runtimeService().createProcessInstanceQuery().superProcessInstanceId(contact.getId()).singleResult();
		execute(job(questionnaire));

		EngineClock.setTo(now.plus(Duration.ofDays(7)).plusSeconds(1));
		execute(managementService().createJobQuery().processInstanceId(questionnaire.getId()).activityId("questionnaireExpired").singleResult());
		assertThat(task(questionnaire)).hasName("Formulär ej besvarat").hasCandidateGroup("radgivning");
		complete(task(questionnaire), Map.of("unansweredOutcome", "NOT_REACHED"));

		assertThat(contact).isWaitingAt("pstAssessment").variables().containsEntry("anyQuestionnaireAnswered", false)
			.containsEntry("phq9Band", "NOT_ANSWERED");
	}

	@Test
	void mild_to_moderate_anxiety_is_offered_the_anxiety_school() {
		ProcessInstance contact = triagedFor("ANXIETY", true, true, false, false);

		answer(contact, Map.of("phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(6, 1, 8).answers(),
				"gad-7", AnswerSheet.noComplaints(Gad7Scorer.GAD_7).totalling(11, 1, 7).answers()));

		assertThat(contact).isWaitingAt("offerGroupTreatment").variables().containsEntry("route", "ANXIETY_SCHOOL");
		assertThat(task(contact)).hasCandidateGroup(PST);
	}

	@Test
	void stress_with_low_mood_is_offered_the_stress_school() {
		ProcessInstance contact = triagedFor("STRESS", true, false, false, false);

		answer(contact, Map.of("phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(7, 1, 8).answers()));

		assertThat(contact).isWaitingAt("offerGroupTreatment").variables().containsEntry("route", "STRESS_SCHOOL");
	}

	@Test
	void mild_symptoms_get_self_care_advice_and_the_questionnaires_again_after_four_weeks() throws Exception {
		ProcessInstance contact = triagedFor("DEPRESSION", true, false, false, false);
		answer(contact, Map.of("phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(6, 1, 8).answers()));
		int mailsBefore = mailbox.received().length;

		execute(job("mailSelfCareAdvice", contact));
		assertThat(mailbox.received()[mailsBefore].getSubject()).isEqualTo(Inboxes.NOTICE_SUBJECT);
		assertThat(new Inboxes(jdbc).titlesSentBy(contact.getId())).containsExactly("Råd från Vårdcentralen Gävle efter din kontakt");
		Job fourWeeks = managementService().createJobQuery().processInstanceId(contact.getId()).activityId("fourWeeksPassed").singleResult();
		assertThat(fourWeeks.getDuedate()).isEqualTo(Date.from(now.plus(Duration.ofDays(28))));
		EngineClock.setTo(now.plus(Duration.ofDays(28)));
		execute(fourWeeks);
		answer(contact, Map.of("phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(3, 1, 8).answers()));

		assertThat(contact).isEnded().hasPassed("selfCareCompleted");
		assertThat(historyService().createHistoricDecisionInstanceQuery().processInstanceId(contact.getId()).decisionDefinitionKey("triage-route")
			.count()).isEqualTo(2);
	}

	@Test
	void risky_drinking_for_a_woman_is_followed_up_beside_the_route() {
		ProcessInstance contact = triagedFor("STRESS", true, false, true, false);

		// AUDIT 6 is risky use for a woman (cut-off 6), not for a man (8)
		answer(contact, Map.of("phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(7, 1, 8).answers(),
				"audit", AnswerSheet.noComplaints(AuditScorer.AUDIT).totalling(6, 1, 3).answers()));

		assertThat(contact).isWaitingAt("offerGroupTreatment", "followUpSubstanceUse").variables().containsEntry("auditBand", "RISKY_USE")
			.containsEntry("auditRiskCutOff", 6).containsEntry("substanceFollowUp", true);
		assertThat(taskQuery().processInstanceId(contact.getId()).taskDefinitionKey("followUpSubstanceUse").singleResult())
			.hasCandidateGroup(TriageFixtures.HEALTH_CENTRE);
	}

	@Test
	void an_incomplete_questionnaire_is_refused_at_submission_naming_the_item() {
		ProcessInstance contact = triagedFor("DEPRESSION", true, false, false, false);

		assertThatThrownBy(() -> answer(contact,
				Map.of("phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(12, 1, 8).withoutItem(9).answers())))
			.hasMessageContaining("phq9_q9: Fältet måste fyllas i");
		assertThat(contact).isWaitingAt("sendQuestionnaires");
	}

	/**
	 * The server-side form validation refuses an incomplete questionnaire; the nurse check behind the scoring stays
	 * for answers that still arrive incomplete (a process owner who made an item optional in Modeler), simulated here
	 * by moving past the patient's task without its form.
	 */
	@Test
	void a_missing_answer_goes_to_a_nurse_naming_the_item_and_the_questionnaires_are_sent_again() {
		ProcessInstance contact = triagedFor("DEPRESSION", true, false, false, false);

		ProcessInstance questionnaire = runtimeService().createProcessInstanceQuery().superProcessInstanceId(contact.getId()).singleResult();
		execute(job(questionnaire));
		runtimeService().setVariables(questionnaire.getId(), AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(12, 1, 8).withoutItem(9).answers());
		runtimeService().createProcessInstanceModification(questionnaire.getId()).cancelAllForActivity("answerQuestionnaire")
			.startAfterActivity("answerQuestionnaire").execute();

		assertThat(contact).isWaitingAt("checkAnswers").hasNotPassed("decideRoute");
		assertThat(contact).variables().containsEntry("invalidAnswer", "PHQ-9 fråga 9 (phq9_q9) är obesvarad");
		assertThat(task(contact)).hasCandidateGroup("radgivning");
		complete(task(contact));
		assertThat(contact).isWaitingAt("sendQuestionnaires");
		answer(contact, Map.of("phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(12, 1, 8).answers()));
		assertThat(contact).isWaitingAt("pstAssessment");
	}

	@Test
	void the_route_the_scores_and_who_triaged_stay_in_the_history() {
		ProcessInstance contact = triagedFor("DEPRESSION", true, false, false, false);
		answer(contact, Map.of("phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(12, 1, 8).answers()));
		complete(task(contact), Map.of("pstDecision", "GROUP_TREATMENT", "pstGroupType", "STRESS_SCHOOL", "pstNote", "Stresskola"));

		HistoricDecisionInstance decision = historyService().createHistoricDecisionInstanceQuery().processInstanceId(contact.getId())
			.decisionDefinitionKey("triage-route").includeInputs().includeOutputs().singleResult();
		assertThat(decision.getOutputs()).extracting(output -> output.getValue()).containsExactly("PST_ASSESSMENT");
		assertThat(decision.getInputs()).extracting(input -> input.getValue()).contains("MODERATE", "DEPRESSION");
		assertThat(historyValue(contact, "phq9Total")).isEqualTo(12);
		assertThat(historyValue(contact, "pstDecision")).isEqualTo("GROUP_TREATMENT");
	}

	/** Registers a contact for a 36-year-old woman and completes the nurse's triage without acute risk. */
	private ProcessInstance triagedFor(String mainProblem, boolean phq9, boolean gad7, boolean audit, boolean dudit) {
		Map<String, Object> request = TriageFixtures.aPhoneContact();
		request.put("personnummer", TriageFixtures.womanBorn(LocalDate.of(1990, 1, 1)));
		ResponseEntity<Map> response = http.withBasicAuth(TriageFixtures.ADVICE_LINE_NURSE, TriageFixtures.PASSWORD)
			.postForEntity("/api/triage-contacts", request, Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ProcessInstance contact = runtimeService().createProcessInstanceQuery()
			.processInstanceId((String) response.getBody().get("processInstanceId")).singleResult();
		complete(task(contact), TriageFixtures.triage("no", mainProblem, phq9, gad7, audit, dudit));
		return contact;
	}

	/** The patient answers each questionnaire sent to her, after its mail has gone out. */
	private void answer(ProcessInstance contact, Map<String, Map<String, Object>> answersByForm) {
		List<ProcessInstance> questionnaires = runtimeService().createProcessInstanceQuery().superProcessInstanceId(contact.getId()).list();
		assertThat(questionnaires).hasSize(answersByForm.size());
		for (ProcessInstance questionnaire : questionnaires) {
			execute(job(questionnaire));
			String form = (String) runtimeService().getVariable(questionnaire.getId(), "questionnaireForm");
			complete(task(questionnaire), new HashMap<>(answersByForm.get(form)));
		}
	}

	private Object historyValue(ProcessInstance instance, String name) {
		return historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name).singleResult()
			.getValue();
	}

}
