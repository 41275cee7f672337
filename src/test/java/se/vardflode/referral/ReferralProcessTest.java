package se.vardflode.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
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
	void accepted_at_first_assessment_ends_interim_responsibility_and_waits_for_the_first_visit() throws Exception {
		send(ReferralFixtures.severeDepressionForTakeover());
		Jobs.runAsyncContinuations(referral.getId());

		complete(ASSESS, Map.of("assessment", "ACCEPT"));
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(referral).isWaitingAt("registerFirstVisit").hasPassed("referralAccepted").hasNotPassed("referralReturned");
		assertThat(taskQuery().processInstanceId(referral.getId()).taskDefinitionKey(INTERIM).count()).isZero();
		assertThat(mailsTo("vc-gavle@region.example")).extracting(MimeMessage::getSubject)
			.containsExactly("Remiss accepterad av Psykiatri Gävleborg");
		assertThat(inboxes.titlesFor("19121212-1212")).contains("Din remiss har tagits emot – Psykiatri Gävleborg");
		assertThat(mailsTo(PATIENT_EMAIL)).extracting(MimeMessage::getSubject).containsOnly(Inboxes.NOTICE_SUBJECT);
		complete("registerFirstVisit", Map.of("firstVisitDate", "2026-12-10"));
		assertThat(referral).isEnded().hasPassed("firstVisitHeld");
	}

	@Test
	void a_consultation_ends_at_acceptance_without_a_care_guarantee_clock() {
		send(ReferralFixtures.severeDepressionForConsultation());
		Jobs.runAsyncContinuations(referral.getId());

		complete(ASSESS, Map.of("assessment", "ACCEPT"));
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(referral).isEnded().hasPassed("referralClosed").hasNotPassed("registerFirstVisit");
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

		assertThat(referral).hasPassed("referralReturned", "referralAccepted").hasNotPassed("secondReturn");
		assertThat(variable("returnCount")).isEqualTo(1L);
	}

	@Test
	void a_second_return_goes_to_joint_consultation_whose_decision_is_final() {
		send(ReferralFixtures.severeDepressionForTakeover());
		Jobs.runAsyncContinuations(referral.getId());
		returnAndResend();

		complete(ASSESS, Map.of("assessment", "RETURN", "returnReason", "Fortfarande primärvårdsnivå"));

		assertThat(referral).isWaitingAt(INTERIM, "consultationSendingUnit", "consultationReceivingUnit");
		assertThat(task("consultationSendingUnit", referral)).hasCandidateGroup(HEALTH_CENTRE);
		assertThat(task("consultationReceivingUnit", referral)).hasCandidateGroup(PSYCHIATRY);
		complete("consultationSendingUnit", Map.of("sendingUnitPosition", "Behöver specialistbedömning"));
		complete("consultationReceivingUnit", Map.of("responsibleUnit", "SENDING", "consultationNote", "PST fortsätter, psykiatrin konsulteras"));
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(referral).isEnded().hasPassed("secondReturn", "keptBySender", "keptBySenderEnd").hasNotPassed("referralAccepted");
		assertThat(inboxes.titlesFor("19121212-1212")).contains("Besked om din remiss");
		assertThat(inboxes.body("Besked om din remiss")).contains("hos Vårdcentralen Gävle");
	}

	@Test
	void joint_consultation_can_give_the_patient_to_the_receiving_unit() {
		send(ReferralFixtures.severeDepressionForTakeover());
		Jobs.runAsyncContinuations(referral.getId());
		returnAndResend();
		complete(ASSESS, Map.of("assessment", "RETURN", "returnReason", "Fortfarande primärvårdsnivå"));

		complete("consultationSendingUnit", Map.of("sendingUnitPosition", "Behöver specialistbedömning"));
		complete("consultationReceivingUnit", Map.of("responsibleUnit", "RECEIVING", "consultationNote", "Psykiatrin tar över"));
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(referral).isWaitingAt("registerFirstVisit").hasPassed("secondReturn", "referralAccepted");
		assertThat(variable("jointConsultation")).isEqualTo(true);
		assertThat(variable("returnCount")).isEqualTo(2L);
	}

	@Test
	void a_request_for_more_information_goes_to_the_sender_and_back() {
		send(ReferralFixtures.severeDepressionForTakeover());
		Jobs.runAsyncContinuations(referral.getId());

		complete(ASSESS, Map.of("assessment", "MORE_INFORMATION", "question", "Aktuell medicinlista?"));
		assertThat(task("completeReferral", referral)).hasCandidateGroup(HEALTH_CENTRE);
		complete("completeReferral", Map.of("completion", "Sertralin 100 mg"));
		complete(ASSESS, Map.of("assessment", "ACCEPT"));

		assertThat(referral).hasPassed("completeReferral", "referralAccepted");
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
	void an_urgent_referral_must_be_assessed_within_a_day() throws Exception {
		send(ReferralFixtures.highSuicideRisk());
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(task(ASSESS, referral)).hasCandidateGroup(ReferralFixtures.PSYCHIATRIC_EMERGENCY);
		assertThat(timer("assessmentOverdue").getDuedate()).isEqualTo(Date.from(now.plus(Duration.ofDays(1))));
		EngineClock.setTo(now.plus(Duration.ofDays(1)).plusSeconds(60));
		execute(timer("assessmentOverdue"));
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(mailsTo("psykiatri-akut-gavle-chef@region.example")).hasSize(1);
	}

	@Test
	void the_sender_is_reminded_every_fourteen_days_until_acceptance() throws Exception {
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

		assertThat(managementService().createJobQuery().processInstanceId(referral.getId()).activityId("interimCheckDue").count()).isZero();
	}

	@Test
	void the_care_guarantee_warns_at_sixty_days_and_records_a_breach_at_ninety() throws Exception {
		send(ReferralFixtures.severeDepressionForTakeover());
		Jobs.runAsyncContinuations(referral.getId());
		complete(ASSESS, Map.of("assessment", "ACCEPT"));
		Jobs.runAsyncContinuations(referral.getId());

		EngineClock.setTo(now.plus(Duration.ofDays(60)).plusSeconds(60));
		execute(timer("careGuaranteeWarningDue"));
		Jobs.runAsyncContinuations(referral.getId());
		assertThat(variable("careGuaranteeWarning")).isEqualTo(true);
		assertThat(variable("careGuaranteeBreached")).isNull();
		assertThat(mailsTo("psykiatri-gavleborg@region.example")).extracting(MimeMessage::getSubject)
			.containsExactly("Vårdgarantin: första besök saknas – Psykiatri Gävleborg");

		EngineClock.setTo(now.plus(Duration.ofDays(90)).plusSeconds(60));
		execute(timer("careGuaranteeBreachDue"));
		Jobs.runAsyncContinuations(referral.getId());
		assertThat(variable("careGuaranteeBreached")).isEqualTo(true);
		assertThat(mailsTo("psykiatri-gavleborg-chef@region.example")).extracting(MimeMessage::getSubject)
			.containsExactly("Vårdgarantin har överskridits – Psykiatri Gävleborg");
		assertThat(referral).isWaitingAt("registerFirstVisit");
	}

	private void send(ReferralRequest request) {
		String processInstanceId = referrals.send(rules.referral(request)).processInstanceId();
		referral = runtimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
	}

	private void returnAndResend() {
		complete(ASSESS, Map.of("assessment", "RETURN", "returnReason", "Ange tidigare behandlingsförsök"));
		complete("reviseReferral", Map.of("revision", "RESEND", "revisionNote", "Kompletterad"));
	}

	private void complete(String taskKey, Map<String, Object> variables) {
		taskService().complete(task(taskKey, referral).getId(), variables);
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
