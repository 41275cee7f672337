package se.vardflode.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vardflode.EngineClock;
import se.vardflode.Inboxes;
import se.vardflode.Mailbox;
import se.vardflode.VardflodeTest;

/** The reusable processes/patient-questionnaire.bpmn on its own: the patient's task, the reminder and the expiry. */
@VardflodeTest
class PatientQuestionnaireProcessTest {

	static final String PROCESS_KEY = QuestionnaireProcess.KEY;
	static final String PATIENT = "patient:199001012384";

	final Mailbox mailbox = Mailbox.get();

	@Autowired
	JdbcClient jdbc;

	Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@BeforeEach
	void setUp() {
		EngineClock.setTo(now);
	}

	@Test
	void the_patient_is_told_in_her_inbox_and_gets_the_questionnaire_as_her_own_task() throws Exception {
		ProcessInstance questionnaire = sendPhq9();

		execute(job(questionnaire));

		assertThat(questionnaire).isWaitingAt("answerQuestionnaire");
		assertThat(task(questionnaire)).isAssignedTo(PATIENT);
		// the patient page shows when it must be answered: when the questionnaire expires
		assertThat(task(questionnaire).getDueDate()).isEqualTo(Date.from(now.plus(Duration.ofDays(7))));
		String form = new String(formService().getDeployedTaskForm(task(questionnaire).getId()).readAllBytes());
		assertThat(form).contains("\"id\": \"phq-9\"");
		MimeMessage mail = mailbox.received()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("patient@example.se");
		assertThat(mail.getSubject()).isEqualTo(Inboxes.NOTICE_SUBJECT);
		assertThat((String) mail.getContent()).contains("http://localhost:8080/patient/").doesNotContain("199001012384").doesNotContain("PHQ");
		assertThat(new Inboxes(jdbc).titlesSentBy(questionnaire.getId())).containsExactly("Du har fått ett formulär från Rådgivningen");
		complete(task(questionnaire), AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).answers());
		assertThat(questionnaire).isEnded().hasPassed("questionnaireAnswered").hasNotPassed("remindPatient");
	}

	@Test
	void an_unanswered_questionnaire_is_reminded_after_two_days() throws Exception {
		ProcessInstance questionnaire = sendPhq9();
		execute(job(questionnaire));

		EngineClock.setTo(now.plus(Duration.ofDays(2)).plusSeconds(1));
		execute(timer(questionnaire, "reminderDue"));
		execute(job("remindPatient", questionnaire));

		assertThat(mailbox.received()).hasSize(2);
		assertThat(mailbox.received()[1].getSubject()).isEqualTo(Inboxes.NOTICE_SUBJECT);
		assertThat(new Inboxes(jdbc).titlesSentBy(questionnaire.getId()))
			.containsExactly("Du har fått ett formulär från Rådgivningen", "Påminnelse: du har ett obesvarat formulär");
		assertThat(questionnaire).isWaitingAt("answerQuestionnaire");
	}

	@Test
	void after_seven_days_the_questionnaire_expires_and_a_nurse_follows_up() {
		ProcessInstance questionnaire = sendPhq9();
		execute(job(questionnaire));

		EngineClock.setTo(now.plus(Duration.ofDays(7)).plusSeconds(1));
		execute(timer(questionnaire, "questionnaireExpired"));

		assertThat(questionnaire).isWaitingAt("followUpUnanswered");
		assertThat(task(questionnaire)).hasName("Formulär ej besvarat").hasCandidateGroup("radgivning");
		complete(task(questionnaire), Map.of("unansweredOutcome", "NOT_REACHED"));
		assertThat(questionnaire).isEnded().hasPassed("questionnaireNotAnswered");
	}

	private ProcessInstance sendPhq9() {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, Map.of("questionnaireForm", "phq-9", "patientReference", PATIENT,
				"patientEmail", "patient@example.se", "unitId", "radgivning"));
	}

	private Job timer(ProcessInstance instance, String activityId) {
		return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
	}

}
