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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

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
import se.vardflode.forms.FormValidationException;

/**
 * Issue 17, the triage side: each questionnaire is acted on when it is submitted (triage-signal.dmn), a physician beside
 * PST at severe depression, the care-guarantee clock from the contact, and every decision of the physician and of PST
 * leading to its next step — on the real pst-triage.bpmn and patient-questionnaire.bpmn, the engine clock moved.
 */
@VardflodeTest
class TriageSignalsAndDecisionsTest {

	static final String PHYSICIANS = "lakare-gavleborg";
	static final String PST = "pst-sodra-halsingland";

	final Mailbox mailbox = Mailbox.get();

	@Autowired
	TestRestTemplate http;
	@Autowired
	JdbcClient jdbc;

	/** Monday 09:00 UTC, 10:00 in Sweden. */
	Instant contactAt = Instant.parse("2026-11-23T09:00:00Z");

	@BeforeEach
	void setUp() {
		EngineClock.setTo(contactAt);
	}

	@Test
	void phq9_item_nine_answered_on_day_one_while_gad7_is_open_reaches_the_physician_on_day_one() {
		ProcessInstance contact = triaged(TriageFixtures.aPhoneContact(), "DEPRESSION", true, true, false, false);
		EngineClock.setTo(contactAt.plus(Duration.ofHours(3)));

		answer(contact, "phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(4, 1, 8).item(9, "1").answers());

		assertThat(contact).isWaitingAt(TriageProcess.SEND_QUESTIONNAIRES, TriageProcess.PHYSICIAN_ASSESSMENT_SAME_DAY)
			.hasPassed(TriageProcess.SAME_DAY_SIGNAL_RAISED).hasNotPassed(TriageProcess.SCORE_QUESTIONNAIRES)
			.variables().containsEntry("phq9SuicideSignal", true).containsEntry("phq9_q9", "1");
		Task physician = physicianTask(contact);
		assertThat(physician).hasCandidateGroup(PHYSICIANS);
		assertThat(physician.getCreateTime()).isEqualTo(Date.from(contactAt.plus(Duration.ofHours(3))));
		assertThat(questionnaireOpen(contact, "gad-7")).isTrue();
		// the escalation of the same-day task runs from the signal too
		assertThat(managementService().createJobQuery().processInstanceId(contact.getId())
			.activityId(TriageProcess.PHYSICIAN_ASSESSMENT_OVERDUE).singleResult().getDuedate())
			.isEqualTo(Date.from(contactAt.plus(Duration.ofHours(5))));
	}

	@Test
	void after_a_same_day_signal_the_routing_waits_for_the_rest_and_leaves_the_patient_with_the_physician() {
		ProcessInstance contact = triaged(TriageFixtures.aPhoneContact(), "DEPRESSION", true, true, false, false);
		answer(contact, "phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(4, 1, 8).item(9, "2").answers());

		answer(contact, "gad-7", AnswerSheet.noComplaints(Gad7Scorer.GAD_7).totalling(8, 1, 7).answers());

		assertThat(contact).hasPassed("alreadyWithPhysician").isWaitingAt(TriageProcess.PHYSICIAN_ASSESSMENT_SAME_DAY)
			.variables().containsEntry("route", "PHYSICIAN_SAME_DAY").containsEntry("gad7Band", "MILD");
		assertThat(taskQuery().processInstanceId(contact.getId()).taskDefinitionKey(TriageProcess.PHYSICIAN_ASSESSMENT_SAME_DAY).count())
			.isEqualTo(1);
	}

	@Test
	void a_gad7_answer_raises_no_signal_and_waits_for_the_phq9() {
		ProcessInstance contact = triaged(TriageFixtures.aPhoneContact(), "ANXIETY", true, true, false, false);

		answer(contact, "gad-7", AnswerSheet.noComplaints(Gad7Scorer.GAD_7).totalling(20, 1, 7).answers());

		assertThat(contact).isWaitingAt(TriageProcess.SEND_QUESTIONNAIRES).hasNotPassed(TriageProcess.SAME_DAY_SIGNAL_RAISED);
	}

	@Test
	void phq9_total_21_without_item_nine_brings_in_a_physician_within_the_care_guarantee_beside_pst() {
		ProcessInstance contact = triaged(TriageFixtures.aPhoneContact(), "DEPRESSION", true, false, false, false);

		answer(contact, "phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(21, 1, 8).answers());

		assertThat(contact).isWaitingAt(TriageProcess.PST_ASSESSMENT, TriageProcess.PHYSICIAN_ASSESSMENT_WITHIN_GUARANTEE)
			.hasNotPassed(TriageProcess.PHYSICIAN_ASSESSMENT_SAME_DAY).variables().containsEntry("physicianInvolvement", "PHYSICIAN_WITHIN_GUARANTEE")
			.containsEntry("phq9SuicideSignal", false);
		Task physician = taskOf(contact, TriageProcess.PHYSICIAN_ASSESSMENT_WITHIN_GUARANTEE);
		assertThat(physician).hasCandidateGroup(PHYSICIANS);
		assertThat(physician.getDueDate()).isEqualTo(Date.from(contactAt.plus(Duration.ofDays(3))));
		complete(physician, Map.of("nextStepNote", "Bedömd, insatt antidepressiv behandling"));
		assertThat(contact).hasPassed("physicianAssessedBesidePst").isWaitingAt(TriageProcess.PST_ASSESSMENT);
	}

	@Test
	void phq9_total_17_gives_pst_a_physician_consultation() {
		ProcessInstance contact = triaged(TriageFixtures.aPhoneContact(), "DEPRESSION", true, false, false, false);

		answer(contact, "phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(17, 1, 8).answers());

		assertThat(contact).isWaitingAt(TriageProcess.PST_ASSESSMENT, TriageProcess.PHYSICIAN_CONSULTATION);
		assertThat(taskOf(contact, TriageProcess.PHYSICIAN_CONSULTATION)).hasCandidateGroup(PHYSICIANS);
	}

	@Test
	void phq9_total_14_goes_to_pst_alone() {
		ProcessInstance contact = triaged(TriageFixtures.aPhoneContact(), "DEPRESSION", true, false, false, false);

		answer(contact, "phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(14, 1, 8).answers());

		assertThat(contact).isWaitingAt(TriageProcess.PST_ASSESSMENT).hasNotPassed(TriageProcess.PHYSICIAN_CONSULTATION,
				TriageProcess.PHYSICIAN_ASSESSMENT_WITHIN_GUARANTEE);
	}

	@Test
	void the_pst_deadline_is_three_days_after_the_contact_even_when_the_questionnaires_took_five() {
		ProcessInstance contact = triaged(TriageFixtures.aPhoneContact(), "DEPRESSION", true, false, false, false);
		EngineClock.setTo(contactAt.plus(Duration.ofDays(5)));

		answer(contact, "phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(12, 1, 8).answers());

		Date dueAtContactPlusThree = Date.from(contactAt.plus(Duration.ofDays(3)));
		assertThat(taskOf(contact, TriageProcess.PST_ASSESSMENT).getDueDate()).isEqualTo(dueAtContactPlusThree);
		Job deadline = managementService().createJobQuery().processInstanceId(contact.getId()).activityId(TriageProcess.PST_ASSESSMENT_OVERDUE)
			.singleResult();
		assertThat(deadline.getDuedate()).isEqualTo(dueAtContactPlusThree);
		execute(deadline);
		assertThat(contact).hasPassed(TriageProcess.PST_ASSESSMENT_OVERDUE).isWaitingAt(TriageProcess.PST_ASSESSMENT);
	}

	@Test
	void physician_refers_to_the_psychiatric_emergency_unit_by_phone_today_with_the_referral_as_documentation() {
		ProcessInstance contact = withSameDayPhysician();

		complete(physicianTask(contact), Map.of("physicianDecision", "PSYCHIATRY_EMERGENCY", "physicianNote", "Hög risk, plan finns"));

		assertThat(contact).isWaitingAt(TriageProcess.CONTACT_PSYCHIATRIC_EMERGENCY).hasPassed(TriageProcess.DOCUMENT_URGENT_REFERRAL);
		// the referral is sent with the decision, urgent, carrying what the triage found
		ProcessInstance referral = runtimeService().createProcessInstanceQuery().processDefinitionKey("referral-routing")
			.processInstanceBusinessKey((String) runtimeService().getVariable(contact.getId(), "urgentReferralId")).singleResult();
		assertThat(referral).isNotNull();
		assertThat((String) runtimeService().getVariable(referral.getId(), "triageSummary")).contains("Kontaktorsak", "Sjuksköterskans bedömning");
		assertThat((String) runtimeService().getVariable(referral.getId(), "reason")).contains("Hög risk, plan finns");
		Task call = taskOf(contact, TriageProcess.CONTACT_PSYCHIATRIC_EMERGENCY);
		assertThat(call).hasName("Kontakta akutpsykiatrin per telefon").hasCandidateGroup(PHYSICIANS);
		assertThat(call.getPriority()).isEqualTo(100);
		// Monday: due before midnight in Sweden, 22:59:59 UTC
		assertThat(call.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-23T22:59:59Z")));
		complete(call, Map.of("nextStepNote", "Akutpsykiatrin tar emot i dag, anhörig följer med"));
		assertThat(contact).hasPassed("psychiatricEmergencyContacted", "urgentReferralDocumented");
	}

	@Test
	void physician_sends_the_patient_to_a_pst_assessment() {
		ProcessInstance contact = withSameDayPhysician();

		complete(physicianTask(contact), Map.of("physicianDecision", "PST_ASSESSMENT", "physicianNote", "Inte akut"));

		assertThat(contact).isWaitingAt(TriageProcess.PST_ASSESSMENT);
		assertThat(taskOf(contact, TriageProcess.PST_ASSESSMENT)).hasCandidateGroup(PST);
	}

	@Test
	void physician_follow_up_at_the_health_centre_is_a_booking_task_with_a_deadline() {
		ProcessInstance contact = withSameDayPhysician();

		complete(physicianTask(contact), Map.of("physicianDecision", "HEALTH_CENTRE_FOLLOW_UP", "physicianNote", "Uppföljning om två veckor"));

		Task booking = taskOf(contact, TriageProcess.BOOK_HEALTH_CENTRE_FOLLOW_UP);
		assertThat(booking).hasCandidateGroup(TriageFixtures.HEALTH_CENTRE);
		assertThat(booking.getDueDate()).isEqualTo(Date.from(contactAt.plus(Duration.ofDays(14))));
		complete(booking, Map.of("nextStepNote", "Bokad 7/12 hos dr Berg"));
		assertThat(contact).hasPassed("healthCentreFollowUpBooked");
	}

	@Test
	void pst_individual_treatment_starts_within_ninety_days_of_the_decision_or_the_manager_is_told() throws Exception {
		ProcessInstance contact = atPstAssessment(TriageFixtures.aPhoneContact());
		Instant decidedAt = contactAt.plus(Duration.ofDays(2));
		EngineClock.setTo(decidedAt);

		complete(taskOf(contact, TriageProcess.PST_ASSESSMENT), Map.of("pstDecision", "INDIVIDUAL_TREATMENT", "pstNote", "KBT"));

		Task treatment = taskOf(contact, TriageProcess.START_INDIVIDUAL_TREATMENT);
		assertThat(treatment).hasCandidateGroup(PST);
		assertThat(treatment.getDueDate()).isEqualTo(Date.from(decidedAt.plus(Duration.ofDays(90))));
		Job guarantee = managementService().createJobQuery().processInstanceId(contact.getId())
			.activityId(TriageProcess.TREATMENT_GUARANTEE_PASSED).singleResult();
		assertThat(guarantee.getDuedate()).isEqualTo(Date.from(decidedAt.plus(Duration.ofDays(90))));
		int mailsBefore = mailbox.received().length;
		EngineClock.setTo(decidedAt.plus(Duration.ofDays(90)).plusSeconds(1));
		execute(guarantee);
		execute(job("notifyPstManagerOfTreatment", contact));
		MimeMessage mail = mailbox.received()[mailsBefore];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("pst-sodra-halsingland-chef@region.example");
		assertThat(mail.getSubject()).isEqualTo("Behandling har passerat vårdgarantin – PST Södra Hälsingland");
		assertThat(contact).isWaitingAt(TriageProcess.START_INDIVIDUAL_TREATMENT);
	}

	@Test
	void pst_group_treatment_leads_to_the_offer_of_the_chosen_group() {
		ProcessInstance contact = atPstAssessment(TriageFixtures.aPhoneContact());

		complete(taskOf(contact, TriageProcess.PST_ASSESSMENT),
				Map.of("pstDecision", "GROUP_TREATMENT", "pstGroupType", "ANXIETY_SCHOOL", "pstNote", "Ångestskola passar"));

		assertThat(contact).isWaitingAt(TriageProcess.OFFER_GROUP_TREATMENT).variables().containsEntry("route", "ANXIETY_SCHOOL");
		complete(taskOf(contact, TriageProcess.OFFER_GROUP_TREATMENT), Map.of("groupOfferOutcome", "ACCEPTED"));
		assertThat(contact).isWaitingAt(TriageProcess.WAIT_FOR_GROUP_START);
	}

	@Test
	void pst_group_treatment_without_a_group_is_refused_naming_the_field() {
		ProcessInstance contact = atPstAssessment(TriageFixtures.aPhoneContact());
		String taskId = taskOf(contact, TriageProcess.PST_ASSESSMENT).getId();

		assertThatThrownBy(() -> taskService().complete(taskId, Map.of("pstDecision", "GROUP_TREATMENT", "pstNote", "Grupp")))
			.isInstanceOf(FormValidationException.class).hasMessageContaining("pstGroupType: Välj vilken grupp");
		assertThat(contact).isWaitingAt(TriageProcess.PST_ASSESSMENT);
	}

	@Test
	void pst_physician_visit_is_a_booking_task_for_the_health_centre() {
		ProcessInstance contact = atPstAssessment(TriageFixtures.aPhoneContact());

		complete(taskOf(contact, TriageProcess.PST_ASSESSMENT), Map.of("pstDecision", "PHYSICIAN", "pstNote", "Läkare för sömnen"));

		Task booking = taskOf(contact, TriageProcess.BOOK_PHYSICIAN_VISIT);
		assertThat(booking).hasName("Boka läkarbesök").hasCandidateGroup(TriageFixtures.HEALTH_CENTRE);
		assertThat(booking.getDueDate()).isEqualTo(Date.from(contactAt.plus(Duration.ofDays(14))));
	}

	@Test
	void pst_referral_to_psychiatry_is_a_referral_draft_task_for_the_health_centres_physician() {
		ProcessInstance contact = atPstAssessment(TriageFixtures.aPhoneContact());

		complete(taskOf(contact, TriageProcess.PST_ASSESSMENT), Map.of("pstDecision", "PSYCHIATRY_REFERRAL", "pstNote", "Behöver psykiatrin"));

		assertThat(contact).hasPassed(TriageProcess.DRAFT_PSYCHIATRY_REFERRAL);
		ProcessInstance referral = runtimeService().createProcessInstanceQuery().processDefinitionKey("referral-routing")
			.processInstanceBusinessKey((String) historyService().createHistoricVariableInstanceQuery().processInstanceId(contact.getId())
				.variableName("referralDraftId").singleResult().getValue()).singleResult();
		Task draft = taskService().createTaskQuery().processInstanceId(referral.getId()).singleResult();
		assertThat(draft).hasName("Skriv remiss").hasCandidateGroup(TriageFixtures.HEALTH_CENTRE);
		assertThat((String) runtimeService().getVariable(referral.getId(), "reason")).contains("Behöver psykiatrin");
	}

	@Test
	void pst_no_further_care_tells_the_patient() throws Exception {
		ProcessInstance contact = atPstAssessment(TriageFixtures.aPhoneContact());
		int mailsBefore = mailbox.received().length;

		complete(taskOf(contact, TriageProcess.PST_ASSESSMENT), Map.of("pstDecision", "NO_FURTHER_CARE", "pstNote", "Inget behov nu"));
		execute(job(TriageProcess.NOTIFY_PATIENT_NO_FURTHER_CARE, contact));

		MimeMessage mail = mailbox.received()[mailsBefore];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("patient@example.se");
		assertThat(mail.getSubject()).isEqualTo(Inboxes.NOTICE_SUBJECT);
		assertThat((String) mail.getContent()).doesNotContain("19900101").doesNotContain("Inget behov nu");
		assertThat(new Inboxes(jdbc).titlesSentBy(contact.getId())).containsExactly("Din kontakt med Vårdcentralen Gävle avslutas");
		assertThat(new Inboxes(jdbc).body("Din kontakt med Vårdcentralen Gävle avslutas")).doesNotContain("Inget behov nu");
		assertThat(contact).isEnded().hasPassed("patientToldNoFurtherCare");
	}

	@Test
	void a_patient_without_e_mail_is_triaged_her_questionnaire_waits_in_the_patient_page_and_pst_calls_her_at_the_end() {
		Map<String, Object> request = TriageFixtures.aPhoneContact();
		request.remove("patientEmail");
		ProcessInstance contact = triaged(request, "DEPRESSION", true, false, false, false);
		ProcessInstance questionnaire = questionnaire(contact, "phq-9");
		assertThat(questionnaire).isWaitingAt("answerQuestionnaire").hasNotPassed("notifyPatientOfQuestionnaire");
		int mailsBefore = mailbox.received().length;

		complete(task(questionnaire), new HashMap<>(AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(12, 1, 8).answers()));
		complete(taskOf(contact, TriageProcess.PST_ASSESSMENT), Map.of("pstDecision", "NO_FURTHER_CARE", "pstNote", "Inget behov nu"));

		Task call = taskOf(contact, TriageProcess.CALL_PATIENT_NO_FURTHER_CARE);
		assertThat(call).hasCandidateGroup(PST);
		assertThat(mailbox.received()).hasSize(mailsBefore);
	}

	@Test
	void a_patient_without_e_mail_gets_the_self_care_advice_by_phone_and_the_questionnaires_again_after_four_weeks() {
		Map<String, Object> request = TriageFixtures.aPhoneContact();
		request.remove("patientEmail");
		ProcessInstance contact = triaged(request, "DEPRESSION", true, false, false, false);

		answer(contact, "phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(6, 1, 8).answers());

		Task call = taskOf(contact, "giveSelfCareAdviceByPhone");
		assertThat(call).hasCandidateGroup("radgivning");
		complete(call, Map.of("nextStepNote", "Råd givna per telefon"));
		assertThat(contact).isWaitingAt(TriageProcess.FOUR_WEEKS_PASSED).hasNotPassed(TriageProcess.MAIL_SELF_CARE_ADVICE);
	}

	@Test
	void a_patient_without_e_mail_gets_no_mailed_reminder() {
		Map<String, Object> request = TriageFixtures.aPhoneContact();
		request.put("patientEmail", "");
		ProcessInstance contact = triaged(request, "DEPRESSION", true, false, false, false);
		ProcessInstance questionnaire = questionnaire(contact, "phq-9");

		EngineClock.setTo(contactAt.plus(Duration.ofDays(2)).plusSeconds(1));
		execute(managementService().createJobQuery().processInstanceId(questionnaire.getId()).activityId("reminderDue").singleResult());

		assertThat(questionnaire).hasPassed("noReminderSent").isWaitingAt("answerQuestionnaire");
	}

	@Test
	void a_66_year_old_woman_with_audit_6_is_flagged_for_follow_up() {
		Map<String, Object> request = TriageFixtures.aPhoneContact();
		request.put("personnummer", TriageFixtures.womanBorn(LocalDate.of(1960, 1, 1)));
		ProcessInstance contact = triaged(request, "STRESS", false, false, true, false);

		answer(contact, "audit", AnswerSheet.noComplaints(AuditScorer.AUDIT).totalling(6, 1, 3).answers());

		assertThat(contact).variables().containsEntry("patientAge", 66).containsEntry("auditRiskCutOff", 6).containsEntry("auditBand", "RISKY_USE")
			.containsEntry("substanceFollowUp", true);
		assertThat(contact).isWaitingAt(TriageProcess.FOLLOW_UP_SUBSTANCE_USE);
	}

	@Test
	void audit_and_dudit_are_not_sent_to_a_patient_under_18() {
		Map<String, Object> request = TriageFixtures.aPhoneContact();
		request.put("personnummer", "20100223-9802");
		ProcessInstance contact = register(request);
		String taskId = task(contact).getId();

		assertThatThrownBy(() -> taskService().complete(taskId, TriageFixtures.triage("no", "ALCOHOL_DRUGS", true, false, true, true)))
			.isInstanceOf(FormValidationException.class).hasMessageContaining("sendAudit: AUDIT och DUDIT skickas inte till patienter under 18 år")
			.hasMessageContaining("sendDudit: ");
		assertThat(contact).isWaitingAt(TriageProcess.TRIAGE_CONTACT);
	}

	private ProcessInstance withSameDayPhysician() {
		ProcessInstance contact = register(TriageFixtures.aPhoneContact());
		complete(task(contact), TriageFixtures.triage("yes", "DEPRESSION", false, false, false, false));
		return contact;
	}

	private ProcessInstance atPstAssessment(Map<String, Object> request) {
		ProcessInstance contact = triaged(request, "DEPRESSION", true, false, false, false);
		answer(contact, "phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(12, 1, 8).answers());
		assertThat(contact).isWaitingAt(TriageProcess.PST_ASSESSMENT);
		return contact;
	}

	private ProcessInstance triaged(Map<String, Object> request, String mainProblem, boolean phq9, boolean gad7, boolean audit,
			boolean dudit) {
		ProcessInstance contact = register(request);
		complete(task(contact), TriageFixtures.triage("no", mainProblem, phq9, gad7, audit, dudit));
		return contact;
	}

	private ProcessInstance register(Map<String, Object> request) {
		ResponseEntity<Map> response = http.withBasicAuth(TriageFixtures.ADVICE_LINE_NURSE, TriageFixtures.PASSWORD)
			.postForEntity("/api/triage-contacts", request, Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return runtimeService().createProcessInstanceQuery().processInstanceId((String) response.getBody().get("processInstanceId"))
			.singleResult();
	}

	/** The patient answers one of the questionnaires sent to her, after its mail (if any) has gone out. */
	private void answer(ProcessInstance contact, String form, Map<String, Object> answers) {
		ProcessInstance questionnaire = questionnaire(contact, form);
		if (managementService().createJobQuery().processInstanceId(questionnaire.getId()).activityId("notifyPatientOfQuestionnaire").count() > 0) {
			execute(job("notifyPatientOfQuestionnaire", questionnaire));
		}
		complete(task(questionnaire), new HashMap<>(answers));
	}

	private ProcessInstance questionnaire(ProcessInstance contact, String form) {
		List<ProcessInstance> sent = runtimeService().createProcessInstanceQuery().superProcessInstanceId(contact.getId()).list();
		return sent.stream().filter(instance -> form.equals(runtimeService().getVariable(instance.getId(), "questionnaireForm")))
			.findFirst().orElseThrow(() -> new AssertionError("no open questionnaire " + form));
	}

	private boolean questionnaireOpen(ProcessInstance contact, String form) {
		return runtimeService().createProcessInstanceQuery().superProcessInstanceId(contact.getId()).list().stream()
			.anyMatch(instance -> form.equals(runtimeService().getVariable(instance.getId(), "questionnaireForm")));
	}

	private Task physicianTask(ProcessInstance contact) {
		return taskOf(contact, TriageProcess.PHYSICIAN_ASSESSMENT_SAME_DAY);
	}

	private Task taskOf(ProcessInstance contact, String activityId) {
		return taskQuery().processInstanceId(contact.getId()).taskDefinitionKey(activityId).singleResult();
	}

}
