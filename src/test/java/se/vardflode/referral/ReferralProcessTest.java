package se.vardflode.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static se.vardflode.referral.ReferralFixtures.HEALTH_CENTRE;
import static se.vardflode.referral.ReferralFixtures.PATIENT_EMAIL;
import static se.vardflode.referral.ReferralFixtures.PSYCHIATRY;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vardflode.EngineClock;
import se.vardflode.Inboxes;
import se.vardflode.Jobs;
import se.vardflode.Mailbox;
import se.vardflode.VardflodeTest;
import se.vardflode.forms.FormValidationException;

/** The real referral-routing.bpmn and its routing table, every path a referral can take. */
@VardflodeTest
class ReferralProcessTest {

	static final String ASSESS = ReferralProcess.ASSESS_REFERRAL;
	static final String INTERIM = ReferralProcess.INTERIM_RESPONSIBILITY;

	final Mailbox mailbox = Mailbox.get();

	@Autowired
	Referrals referrals;
	@Autowired
	ReferralRules rules;

	Instant now = Instant.parse("2026-11-23T08:00:00Z");
	ProcessInstance referral;

	@Autowired
	JdbcClient jdbc;
	Inboxes inboxes;

	@BeforeEach
	void setUp() {
		EngineClock.setTo(now);
		inboxes = new Inboxes(jdbc);
	}

	@Test
	void the_patient_is_told_and_the_sender_keeps_the_patient_while_psychiatry_assesses() throws Exception {
		send(ReferralFixtures.severeDepressionForTakeover());

		Jobs.runAsyncContinuations(referral.getId());

		assertThat(referral).isWaitingAt(INTERIM, ASSESS);
		assertThat(task(ASSESS, referral)).hasCandidateGroup(PSYCHIATRY).hasDueDate(Date.from(now.plus(Duration.ofDays(14))));
		assertThat(task(INTERIM, referral)).hasCandidateGroup(HEALTH_CENTRE);
		assertThat(mailsTo(PATIENT_EMAIL)).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo(Inboxes.NOTICE_SUBJECT);
			assertThat((String) mail.getContent()).contains("http://localhost:8080/patient/").doesNotContain("Psykiatri").doesNotContain("1212");
		});
		assertThat(inboxes.recipientsOf("Din remiss har skickats till Psykiatri Gävleborg")).containsExactly("19121212-1212");
		assertThat(inboxes.body("Din remiss har skickats till Psykiatri Gävleborg")).contains("Vårdcentralen Gävle har skickat en remiss");
	}

	@Test
	void interim_responsibility_stays_open_after_acceptance_until_the_first_visit() throws Exception {
		send(ReferralFixtures.severeDepressionForTakeover());
		Jobs.runAsyncContinuations(referral.getId());

		complete(ASSESS, Map.of("assessment", "ACCEPT"));
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(referral).isWaitingAt(INTERIM, ReferralProcess.REGISTER_FIRST_VISIT).hasPassed("referralAccepted");
		assertThat(task(INTERIM, referral)).hasCandidateGroup(HEALTH_CENTRE);
		assertThat(mailsTo("vc-gavle@region.example")).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo("Remiss accepterad av Psykiatri Gävleborg");
			assertThat((String) mail.getContent()).contains("gäller tills Psykiatri Gävleborg har haft det första besöket")
				.doesNotContain("upphör nu");
		});
		assertThat(inboxes.titlesFor("19121212-1212")).contains("Din remiss har tagits emot – Psykiatri Gävleborg");

		complete(ReferralProcess.REGISTER_FIRST_VISIT, Map.of("firstVisitDate", "2026-12-10"));
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(referral).isEnded().hasPassed("firstVisitHeld", "responsibilityHandedOver");
		assertThat(mailsTo("vc-gavle@region.example")).extracting(MimeMessage::getSubject)
			.contains("Första besöket gjort – Psykiatri Gävleborg har tagit över");
		assertThat(historicVariable(ReferralProcess.FIRST_VISIT_REGISTERED_AT.name())).isNotNull();
	}

	@Test
	void a_consultation_ends_when_answered_without_a_care_guarantee_clock() {
		send(ReferralFixtures.severeDepressionForConsultation());
		Jobs.runAsyncContinuations(referral.getId());

		complete(ASSESS, Map.of("assessment", "ACCEPT"));
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(referral).isEnded().hasPassed("referralClosed").hasNotPassed(ReferralProcess.REGISTER_FIRST_VISIT);
	}

	@Test
	void a_consultation_about_a_mild_depression_is_routed_to_psychiatry() {
		Referrals.Sent sent = referrals.send(rules.referral(ReferralFixtures.mildDepressionForConsultation()));
		referral = runtimeService().createProcessInstanceQuery().processInstanceId(sent.processInstanceId()).singleResult();
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(sent.receivingUnitId()).isEqualTo(PSYCHIATRY);
		assertThat(referral).isWaitingAt(INTERIM, ASSESS);
		assertThat(task(ASSESS, referral)).hasCandidateGroup(PSYCHIATRY);
	}

	@Test
	void the_care_guarantee_counts_ninety_days_from_sending_not_from_acceptance() throws Exception {
		send(ReferralFixtures.severeDepressionForTakeover());
		Jobs.runAsyncContinuations(referral.getId());
		EngineClock.setTo(now.plus(Duration.ofDays(30)));

		complete(ASSESS, Map.of("assessment", "ACCEPT"));
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(variable(ReferralProcess.SENT_AT.name())).isEqualTo(Date.from(now));
		assertThat(timer(ReferralProcess.CARE_GUARANTEE_WARNING_DUE).getDuedate()).isEqualTo(Date.from(now.plus(Duration.ofDays(60))));
		assertThat(timer(ReferralProcess.CARE_GUARANTEE_BREACH_DUE).getDuedate()).isEqualTo(Date.from(now.plus(Duration.ofDays(90))));
	}

	@Test
	void the_care_guarantee_warns_at_sixty_days_and_records_a_breach_at_ninety_from_sending() throws Exception {
		send(ReferralFixtures.severeDepressionForTakeover());
		Jobs.runAsyncContinuations(referral.getId());
		EngineClock.setTo(now.plus(Duration.ofDays(10)));
		complete(ASSESS, Map.of("assessment", "ACCEPT"));
		Jobs.runAsyncContinuations(referral.getId());

		EngineClock.setTo(now.plus(Duration.ofDays(60)).plusSeconds(60));
		execute(timer(ReferralProcess.CARE_GUARANTEE_WARNING_DUE));
		Jobs.runAsyncContinuations(referral.getId());
		assertThat(variable("careGuaranteeWarning")).isEqualTo(true);
		assertThat(variable("careGuaranteeBreached")).isNull();
		assertThat(mailsTo("psykiatri-gavleborg@region.example")).extracting(MimeMessage::getSubject)
			.containsExactly("Vårdgarantin: första besök saknas – Psykiatri Gävleborg");

		EngineClock.setTo(now.plus(Duration.ofDays(90)).plusSeconds(60));
		execute(timer(ReferralProcess.CARE_GUARANTEE_BREACH_DUE));
		Jobs.runAsyncContinuations(referral.getId());
		assertThat(variable("careGuaranteeBreached")).isEqualTo(true);
		assertThat(mailsTo("psykiatri-gavleborg-chef@region.example")).extracting(MimeMessage::getSubject)
			.containsExactly("Vårdgarantin har överskridits – Psykiatri Gävleborg");
		assertThat(referral).isWaitingAt(INTERIM, ReferralProcess.REGISTER_FIRST_VISIT);
	}

	@Test
	void returned_once_then_resent_then_accepted() {
		send(ReferralFixtures.severeDepressionForTakeover());
		Jobs.runAsyncContinuations(referral.getId());

		complete(ASSESS, Map.of("assessment", "RETURN", "returnReason", "Ange tidigare behandlingsförsök"));
		assertThat(referral).isWaitingAt(INTERIM, "reviseReferral");
		assertThat(task("reviseReferral", referral)).hasCandidateGroup(HEALTH_CENTRE);
		complete("reviseReferral", Map.of("revision", "RESEND", "revisionNote", "Två SSRI utan effekt, KBT avslutad"));
		complete(ASSESS, Map.of("assessment", "ACCEPT"));

		assertThat(referral).hasPassed("referralReturned", "referralAccepted").hasNotPassed("secondBounce");
		assertThat(variable("returnCount")).isEqualTo(1L);
		assertThat(variable("bounceCount")).isEqualTo(1L);
	}

	@Test
	void a_request_for_more_information_goes_to_the_sender_and_back_and_counts_as_a_bounce() {
		send(ReferralFixtures.severeDepressionForTakeover());
		Jobs.runAsyncContinuations(referral.getId());

		complete(ASSESS, Map.of("assessment", "MORE_INFORMATION", "question", "Aktuell medicinlista?"));
		assertThat(task("completeReferral", referral)).hasCandidateGroup(HEALTH_CENTRE);
		complete("completeReferral", Map.of("completion", "Sertralin 100 mg"));
		complete(ASSESS, Map.of("assessment", "ACCEPT"));

		assertThat(referral).hasPassed("moreInformationRequested", "completeReferral", "referralAccepted");
		assertThat(variable("moreInformationCount")).isEqualTo(1L);
		assertThat(variable("bounceCount")).isEqualTo(1L);
	}

	@Test
	void a_return_after_a_request_for_more_information_goes_to_the_joint_consultation() {
		send(ReferralFixtures.severeDepressionForTakeover());
		Jobs.runAsyncContinuations(referral.getId());
		complete(ASSESS, Map.of("assessment", "MORE_INFORMATION", "question", "Aktuell medicinlista?"));
		complete("completeReferral", Map.of("completion", "Sertralin 100 mg"));

		complete(ASSESS, Map.of("assessment", "RETURN", "returnReason", "Primärvårdsnivå"));

		assertThat(referral).isWaitingAt(INTERIM, ReferralProcess.CONSULTATION_SENDING_UNIT, ReferralProcess.CONSULTATION_RECEIVING_UNIT)
			.hasPassed("secondBounce").hasNotPassed("referralReturned", "reviseReferral");
		assertThat(variable("jointConsultation")).isEqualTo(true);
		assertThat(variable("returnCount")).isEqualTo(1L);
		assertThat(variable("moreInformationCount")).isEqualTo(1L);
	}

	@Test
	void a_second_request_for_more_information_goes_to_the_joint_consultation_too() {
		send(ReferralFixtures.severeDepressionForTakeover());
		Jobs.runAsyncContinuations(referral.getId());
		complete(ASSESS, Map.of("assessment", "MORE_INFORMATION", "question", "Aktuell medicinlista?"));
		complete("completeReferral", Map.of("completion", "Sertralin 100 mg"));

		complete(ASSESS, Map.of("assessment", "MORE_INFORMATION", "question", "Och tidigare behandlingar?"));

		assertThat(referral).isWaitingAt(INTERIM, ReferralProcess.CONSULTATION_SENDING_UNIT, ReferralProcess.CONSULTATION_RECEIVING_UNIT);
		assertThat(taskQuery().processInstanceId(referral.getId()).taskDefinitionKey("completeReferral").count()).isZero();
	}

	@Test
	void when_the_units_agree_in_the_joint_consultation_the_sender_keeps_the_patient() {
		send(ReferralFixtures.severeDepressionForTakeover());
		Jobs.runAsyncContinuations(referral.getId());
		returnAndResend();

		complete(ASSESS, Map.of("assessment", "RETURN", "returnReason", "Fortfarande primärvårdsnivå"));

		assertThat(referral).isWaitingAt(INTERIM, ReferralProcess.CONSULTATION_SENDING_UNIT, ReferralProcess.CONSULTATION_RECEIVING_UNIT);
		assertThat(task(ReferralProcess.CONSULTATION_SENDING_UNIT, referral)).hasCandidateGroup(HEALTH_CENTRE);
		assertThat(task(ReferralProcess.CONSULTATION_RECEIVING_UNIT, referral)).hasCandidateGroup(PSYCHIATRY);
		complete(ReferralProcess.CONSULTATION_SENDING_UNIT, Map.of("sendingUnitProposal", "SENDING", "sendingUnitPosition", "PST fortsätter"));
		complete(ReferralProcess.CONSULTATION_RECEIVING_UNIT, Map.of("responsibleUnit", "SENDING", "consultationNote", "PST fortsätter, psykiatrin konsulteras"));
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(referral).isEnded().hasPassed("secondBounce", "keptBySender", "keptBySenderEnd").hasNotPassed("referralAccepted", "decideByAdvisers");
		assertThat(inboxes.titlesFor("19121212-1212")).contains("Besked om din remiss");
	}

	@Test
	void when_the_units_agree_the_receiving_unit_takes_the_patient() {
		send(ReferralFixtures.severeDepressionForTakeover());
		Jobs.runAsyncContinuations(referral.getId());
		returnAndResend();
		complete(ASSESS, Map.of("assessment", "RETURN", "returnReason", "Fortfarande primärvårdsnivå"));

		complete(ReferralProcess.CONSULTATION_SENDING_UNIT, Map.of("sendingUnitProposal", "RECEIVING", "sendingUnitPosition", "Behöver specialistbedömning"));
		complete(ReferralProcess.CONSULTATION_RECEIVING_UNIT, Map.of("responsibleUnit", "RECEIVING", "consultationNote", "Psykiatrin tar över"));
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(referral).isWaitingAt(INTERIM, ReferralProcess.REGISTER_FIRST_VISIT).hasPassed("secondBounce", "referralAccepted");
		assertThat(variable("returnCount")).isEqualTo(2L);
	}

	@Test
	void when_the_units_disagree_the_medical_advisers_decide_within_the_deadline_while_the_sender_keeps_the_patient() throws Exception {
		send(ReferralFixtures.severeDepressionForTakeover());
		Jobs.runAsyncContinuations(referral.getId());
		returnAndResend();
		complete(ASSESS, Map.of("assessment", "RETURN", "returnReason", "Fortfarande primärvårdsnivå"));
		EngineClock.setTo(now.plus(Duration.ofDays(20)));

		complete(ReferralProcess.CONSULTATION_SENDING_UNIT, Map.of("sendingUnitProposal", "RECEIVING", "sendingUnitPosition", "Behöver specialistbedömning"));
		complete(ReferralProcess.CONSULTATION_RECEIVING_UNIT, Map.of("responsibleUnit", "SENDING", "consultationNote", "Primärvårdsnivå"));

		assertThat(referral).isWaitingAt(INTERIM, ReferralProcess.DECIDE_BY_ADVISERS).hasPassed("consultationDisagreed");
		Date due = Date.from(now.plus(Duration.ofDays(27)));
		assertThat(task(ReferralProcess.DECIDE_BY_ADVISERS, referral)).hasCandidateGroup("medicinska-radgivare").hasDueDate(due);
		assertThat(task(INTERIM, referral)).hasCandidateGroup(HEALTH_CENTRE);
		assertThat(timer(ReferralProcess.ADVISERS_DECISION_OVERDUE).getDuedate()).isEqualTo(due);

		EngineClock.setTo(now.plus(Duration.ofDays(27)).plusSeconds(60));
		execute(timer(ReferralProcess.ADVISERS_DECISION_OVERDUE));
		Jobs.runAsyncContinuations(referral.getId());
		assertThat(mailsTo("medicinska-radgivare-chef@region.example")).extracting(MimeMessage::getSubject)
			.containsExactly("Beslut efter samråd försenat – Medicinska rådgivare");
		assertThat(referral).isWaitingAt(INTERIM, ReferralProcess.DECIDE_BY_ADVISERS);

		complete(ReferralProcess.DECIDE_BY_ADVISERS, Map.of("advisersDecision", "RECEIVING", "advisersNote", "Svår episod, specialistnivå"));
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(referral).isWaitingAt(INTERIM, ReferralProcess.REGISTER_FIRST_VISIT).hasPassed("referralAccepted");
	}

	@Test
	void the_advisers_can_leave_the_patient_with_the_sender() {
		send(ReferralFixtures.severeDepressionForTakeover());
		Jobs.runAsyncContinuations(referral.getId());
		returnAndResend();
		complete(ASSESS, Map.of("assessment", "RETURN", "returnReason", "Fortfarande primärvårdsnivå"));
		complete(ReferralProcess.CONSULTATION_SENDING_UNIT, Map.of("sendingUnitProposal", "RECEIVING", "sendingUnitPosition", "Behöver specialistbedömning"));
		complete(ReferralProcess.CONSULTATION_RECEIVING_UNIT, Map.of("responsibleUnit", "SENDING", "consultationNote", "Primärvårdsnivå"));

		complete(ReferralProcess.DECIDE_BY_ADVISERS, Map.of("advisersDecision", "SENDING", "advisersNote", "Primärvårdsnivå med konsultation"));
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(referral).isEnded().hasPassed("keptBySender", "keptBySenderEnd").hasNotPassed("referralAccepted");
	}

	@Test
	void a_return_without_a_reason_is_refused_and_the_task_stays_open() {
		send(ReferralFixtures.severeDepressionForTakeover());
		Jobs.runAsyncContinuations(referral.getId());
		Task assessment = task(ASSESS, referral);

		assertThatThrownBy(() -> taskService().complete(assessment.getId(), Map.of("assessment", "RETURN")))
			.isInstanceOf(FormValidationException.class).hasMessageContaining("returnReason: Skäl till retur");

		assertThat(referral).isWaitingAt(INTERIM, ASSESS);
		assertThat(runtimeService().getVariable(referral.getId(), "assessment")).isNull();
	}

	@Test
	void an_assessment_not_made_in_fourteen_days_is_reported_to_the_receiving_manager() throws Exception {
		send(ReferralFixtures.severeDepressionForTakeover());
		Jobs.runAsyncContinuations(referral.getId());

		EngineClock.setTo(now.plus(Duration.ofDays(14)).plusSeconds(60));
		execute(timer("assessmentOverdue"));
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(mailsTo("psykiatri-gavleborg-chef@region.example")).extracting(MimeMessage::getSubject)
			.containsExactly("Remiss ej bedömd i tid – Psykiatri Gävleborg");
		assertThat(referral).isWaitingAt(INTERIM, ASSESS);
	}

	@Test
	void high_suicide_risk_needs_a_phone_call_within_two_hours_before_the_urgent_assessment() throws Exception {
		send(ReferralFixtures.highSuicideRisk());
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(referral).isWaitingAt(INTERIM, ReferralProcess.CONTACT_RECEIVER_BY_PHONE);
		assertThat(task(ReferralProcess.CONTACT_RECEIVER_BY_PHONE, referral)).hasCandidateGroup(HEALTH_CENTRE)
			.hasDueDate(Date.from(now.plus(Duration.ofHours(2))));
		complete(ReferralProcess.CONTACT_RECEIVER_BY_PHONE, Map.of("acuteContactNote", "Akutmottagningen tar emot patienten i dag kl 14"));

		assertThat(task(ASSESS, referral)).hasCandidateGroup(ReferralFixtures.PSYCHIATRIC_EMERGENCY);
		assertThat(timer("assessmentOverdue").getDuedate()).isEqualTo(Date.from(now.plus(Duration.ofDays(1))));
		EngineClock.setTo(now.plus(Duration.ofDays(1)).plusSeconds(60));
		execute(timer("assessmentOverdue"));
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(mailsTo("psykiatri-akut-gavle-chef@region.example")).hasSize(1);
	}

	@Test
	void a_return_to_primary_care_with_high_suicide_risk_starts_with_a_phone_call_not_a_queue() {
		send(ReferralFixtures.returnWithHighSuicideRisk());
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(referral).isWaitingAt(INTERIM, ReferralProcess.CONTACT_RECEIVER_BY_PHONE);
		assertThat(task(ReferralProcess.CONTACT_RECEIVER_BY_PHONE, referral)).hasCandidateGroup(PSYCHIATRY);
		assertThat(task(INTERIM, referral)).hasCandidateGroup(PSYCHIATRY);
		assertThat(taskQuery().processInstanceId(referral.getId()).taskDefinitionKey(ASSESS).count()).isZero();

		complete(ReferralProcess.CONTACT_RECEIVER_BY_PHONE, Map.of("acuteContactNote", "Läkare på vårdcentralen ser patienten i morgon"));

		assertThat(task(ASSESS, referral)).hasCandidateGroup(HEALTH_CENTRE);
	}

	@Test
	void a_return_to_primary_care_keeps_psychiatry_responsible_until_the_first_visit_at_the_health_centre() {
		send(ReferralFixtures.returnToPrimaryCare());
		Jobs.runAsyncContinuations(referral.getId());

		complete(ASSESS, Map.of("assessment", "ACCEPT"));
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(referral).isWaitingAt(INTERIM, ReferralProcess.REGISTER_FIRST_VISIT_IN_PRIMARY_CARE);
		assertThat(task(INTERIM, referral)).hasCandidateGroup(PSYCHIATRY);
		assertThat(task(ReferralProcess.REGISTER_FIRST_VISIT_IN_PRIMARY_CARE, referral)).hasCandidateGroup(HEALTH_CENTRE);
		assertThat(managementService().createJobQuery().processInstanceId(referral.getId()).activityId(ReferralProcess.CARE_GUARANTEE_BREACH_DUE).count())
			.isZero();

		complete(ReferralProcess.REGISTER_FIRST_VISIT_IN_PRIMARY_CARE, Map.of("firstVisitDate", "2026-12-01"));
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(referral).isEnded().hasPassed("firstVisitHeld", "responsibilityHandedOver");
	}

	@Test
	void the_sender_is_reminded_every_fourteen_days_until_the_first_visit() throws Exception {
		send(ReferralFixtures.severeDepressionForTakeover());
		Jobs.runAsyncContinuations(referral.getId());

		for (int round = 1; round <= 2; round++) {
			Job check = timer("interimCheckDue");
			assertThat(check.getDuedate()).isEqualTo(Date.from(now.plus(Duration.ofDays(14L * round))));
			EngineClock.setTo(check.getDuedate());
			execute(check);
			Jobs.runAsyncContinuations(referral.getId());
			assertThat(mailsTo("vc-gavle@region.example")).as("reminders after round %d", round).hasSize(round);
		}
		complete(ASSESS, Map.of("assessment", "ACCEPT"));
		Jobs.runAsyncContinuations(referral.getId());

		Job afterAcceptance = timer("interimCheckDue");
		assertThat(afterAcceptance.getDuedate()).isEqualTo(Date.from(now.plus(Duration.ofDays(42))));
		EngineClock.setTo(afterAcceptance.getDuedate());
		execute(afterAcceptance);
		Jobs.runAsyncContinuations(referral.getId());
		assertThat(mailsTo("vc-gavle@region.example")).extracting(MimeMessage::getSubject)
			.contains("Patienten väntar fortfarande på att mottagaren tar över – Vårdcentralen Gävle");

		complete(ReferralProcess.REGISTER_FIRST_VISIT, Map.of("firstVisitDate", "2027-01-10"));
		Jobs.runAsyncContinuations(referral.getId());
		assertThat(managementService().createJobQuery().processInstanceId(referral.getId()).activityId("interimCheckDue").count()).isZero();
	}

	@Test
	void a_patient_without_email_is_referred_and_mailed_nothing() {
		send(ReferralFixtures.withoutEmail(ReferralFixtures.severeDepressionForTakeover()));

		Jobs.runAsyncContinuations(referral.getId());

		assertThat(referral).isWaitingAt(INTERIM, ASSESS);
		assertThat(managementService().createJobQuery().processInstanceId(referral.getId()).withException().count()).isZero();
		assertThat(mailbox.received()).isEmpty();
	}

	private void send(ReferralRequest request) {
		String processInstanceId = referrals.send(rules.referral(request)).processInstanceId();
		referral = runtimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
	}

	/** A first bounce, answered: the next one goes to the joint consultation. */
	private void returnAndResend() {
		complete(ASSESS, Map.of("assessment", "RETURN", "returnReason", "Ange tidigare behandlingsförsök"));
		complete("reviseReferral", Map.of("revision", "RESEND", "revisionNote", "Kompletterad"));
	}

	private void complete(String taskKey, Map<String, Object> variables) {
		taskService().complete(task(taskKey, referral).getId(), variables);
	}

	private Object historicVariable(String name) {
		return historyService().createHistoricVariableInstanceQuery().processInstanceId(referral.getId()).variableName(name).singleResult()
			.getValue();
	}

	private Object variable(String name) {
		return runtimeService().getVariable(referral.getId(), name);
	}

	private Job timer(String activityId) {
		return managementService().createJobQuery().processInstanceId(referral.getId()).timers().activityId(activityId).singleResult();
	}

	private List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(mailbox.received()).filter(mail -> {
			try {
				return mail.getAllRecipients()[0].toString().equals(address);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
