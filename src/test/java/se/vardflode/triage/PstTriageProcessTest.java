package se.vardflode.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
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
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.EngineClock;
import se.vardflode.Mailbox;
import se.vardflode.VardflodeTest;
import se.vardflode.forms.FormValidationException;

/** The real pst-triage.bpmn, started through POST /api/triage-contacts, with mail to a real SMTP server. */
@VardflodeTest
class PstTriageProcessTest {

	static final String TRIAGE_CONTACT = TriageProcess.TRIAGE_CONTACT;
	static final String PROMISED_CALL_BACK = TriageProcess.PROMISED_CALL_BACK;
	static final String PHYSICIAN_SAME_DAY = TriageProcess.PHYSICIAN_ASSESSMENT_SAME_DAY;
	static final String PHYSICIAN_OVERDUE = TriageProcess.PHYSICIAN_ASSESSMENT_OVERDUE;
	static final String NOTIFY_PHYSICIANS = "notifyPhysicians";
	static final String NOTIFY_PHYSICIAN_MANAGER = "notifyPhysicianManager";
	static final String ADVICE_LINE = "radgivning";
	static final String PHYSICIANS = "lakare-gavleborg";

	final Mailbox mailbox = Mailbox.get();

	@Autowired
	ProcessEngine engine;
	@Autowired
	TestRestTemplate http;

	Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@BeforeEach
	void setUp() {
		EngineClock.setTo(now);
	}

	@Test
	void a_contact_waits_for_the_advice_line_nurses_triage() {
		ProcessInstance contact = register(TriageFixtures.aPhoneContact());

		assertThat(contact).isWaitingAt(TRIAGE_CONTACT).hasPassed("noCallBackPromised");
		assertThat(task(contact)).hasCandidateGroup(ADVICE_LINE);
		assertThat(contact).variables().containsEntry("channel", "PHONE").containsEntry("patientSex", "FEMALE")
			.containsEntry("healthCentreUnitId", TriageFixtures.HEALTH_CENTRE);
	}

	@Test
	void acute_suicide_risk_goes_to_a_physician_the_same_day() {
		ProcessInstance contact = register(TriageFixtures.aPhoneContact());

		complete(task(contact), TriageFixtures.triage("yes", "DEPRESSION", false, false, false, false));

		assertThat(contact).isWaitingAt(PHYSICIAN_SAME_DAY);
		assertThat(task(contact)).hasCandidateGroup(PHYSICIANS);
		assertThat(task(contact).getPriority()).isEqualTo(90);
		complete(task(contact), Map.of("physicianDecision", "PST_ASSESSMENT", "physicianNote", "Inte akut, PST-bedömning"));
		assertThat(contact).isWaitingAt(TriageProcess.PST_ASSESSMENT).hasNotPassed(NOTIFY_PHYSICIANS);
		assertThat(mailbox.received()).isEmpty();
	}

	@Test
	void same_day_physician_task_waiting_two_hours_mails_the_physicians_and_their_manager() throws Exception {
		ProcessInstance contact = register(TriageFixtures.aPhoneContact());
		complete(task(contact), TriageFixtures.triage("yes", "DEPRESSION", false, false, false, false));

		EngineClock.setTo(now.plus(Duration.ofHours(2)).plusSeconds(1));
		execute(timer(contact));
		execute(job(NOTIFY_PHYSICIANS, contact));
		execute(job(NOTIFY_PHYSICIAN_MANAGER, contact));

		MimeMessage[] mails = mailbox.received();
		assertThat(mails).extracting(mail -> mail.getAllRecipients()[0].toString())
			.containsExactly("lakare-gavleborg@region.example", "lakare-gavleborg-chef@region.example");
		assertThat(mails[0].getSubject()).isEqualTo("Läkarbedömning samma dag är försenad – Läkargruppen Gävleborg");
		assertThat((String) mails[0].getContent()).contains("Vårdcentralen Gävle").doesNotContain("19900101");
		assertThat(contact).isWaitingAt(PHYSICIAN_SAME_DAY).hasPassed(PHYSICIAN_OVERDUE, "physicianEscalated");
	}

	@Test
	void the_physicians_are_not_mailed_before_the_escalation_time() {
		ProcessInstance contact = register(TriageFixtures.aPhoneContact());
		complete(task(contact), TriageFixtures.triage("yes", "DEPRESSION", false, false, false, false));

		Job escalation = timer(contact);

		assertThat(escalation.getDuedate()).isEqualTo(Date.from(now.plus(Duration.ofHours(2))));
	}

	@Test
	void a_promised_call_back_runs_beside_the_triage_and_a_missed_one_alerts_the_advice_line() throws Exception {
		ProcessInstance contact = register(TriageFixtures.aPhoneContactWithCallBackAt("2026-11-23T14:00:00+01:00"));
		assertThat(contact).isWaitingAt(TRIAGE_CONTACT, PROMISED_CALL_BACK);
		ProcessInstance callBack = calledProcessInstance(contact);
		assertThat(callBack.getBusinessKey()).isEqualTo(contact.getBusinessKey());

		EngineClock.setTo(Instant.parse("2026-11-23T13:00:01Z"));
		execute(managementService().createJobQuery().processInstanceId(callBack.getId()).timers().singleResult());
		execute(job(callBack));

		MimeMessage mail = mailbox.received()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("radgivning@region.example");
		assertThat(mail.getSubject()).isEqualTo("Utlovad återuppringning har passerat – Rådgivningen");
		Task overdue = taskQuery().processInstanceId(callBack.getId()).singleResult();
		assertThat(overdue).hasDefinitionKey("callPatientOverdue").hasCandidateGroup(ADVICE_LINE);
		complete(overdue, Map.of("patientReached", "yes", "callNote", "Nådd"));
		assertThat(contact).hasPassed(PROMISED_CALL_BACK, "callBackHandled").isWaitingAt(TRIAGE_CONTACT);
	}

	@Test
	void a_triage_without_an_answer_on_suicide_risk_is_refused_and_stays_open() {
		ProcessInstance contact = register(TriageFixtures.aPhoneContact());
		String taskId = task(contact).getId();

		ResponseEntity<Map> response = http.withBasicAuth(TriageFixtures.ADVICE_LINE_NURSE, TriageFixtures.PASSWORD).postForEntity(
				"/engine-rest/task/" + taskId + "/submit-form",
				Map.of("variables", Map.of("assessment", Map.of("value", "Oklart"), "mainProblem", Map.of("value", "STRESS"),
						"sendPhq9", Map.of("value", true))), Map.class);

		// the server-side form validation refuses it before the task's own listener: a 400 naming the field
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) response.getBody().get("message")).contains("acuteSuicideRisk: Fältet måste fyllas i");
		assertThat(contact).isWaitingAt(TRIAGE_CONTACT);
	}

	@Test
	void the_contact_reason_is_read_only_in_the_triage_form() {
		ProcessInstance contact = register(TriageFixtures.aPhoneContact());
		Map<String, Object> variables = new HashMap<>();
		TriageFixtures.triage("no", "STRESS", true, false, false, false).forEach((name, value) -> variables.put(name, Map.of("value", value)));
		variables.put("contactReason", Map.of("value", "Vill bara ha sömntabletter"));

		ResponseEntity<String> response = http.withBasicAuth(TriageFixtures.ADVICE_LINE_NURSE, TriageFixtures.PASSWORD).postForEntity(
				"/engine-rest/task/" + task(contact).getId() + "/submit-form", Map.of("variables", variables), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("contactReason: ");
		assertThat(contact).isWaitingAt(TRIAGE_CONTACT).variables().containsEntry("contactReason", "Nedstämd och sover dåligt sedan i somras");
	}

	@Test
	void a_triage_without_risk_and_without_questionnaires_is_refused() {
		ProcessInstance contact = register(TriageFixtures.aPhoneContact());
		String taskId = task(contact).getId();

		assertThatThrownBy(() -> taskService().complete(taskId, TriageFixtures.triage("no", "STRESS", false, false, false, false)))
			.isInstanceOf(FormValidationException.class)
			.hasMessageContaining("sendPhq9: Välj minst ett självskattningsformulär");
	}

	@Test
	void a_triage_without_risk_and_without_questionnaires_through_engine_rest_is_a_400_naming_the_field() {
		ProcessInstance contact = register(TriageFixtures.aPhoneContact());
		Map<String, Object> variables = new HashMap<>();
		TriageFixtures.triage("no", "STRESS", false, false, false, false).forEach((name, value) -> variables.put(name, Map.of("value", value)));

		ResponseEntity<String> response = http.withBasicAuth(TriageFixtures.ADVICE_LINE_NURSE, TriageFixtures.PASSWORD).postForEntity(
				"/engine-rest/task/" + task(contact).getId() + "/submit-form", Map.of("variables", variables), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("sendPhq9: Välj minst ett självskattningsformulär");
		assertThat(contact).isWaitingAt(TRIAGE_CONTACT);
	}

	@Test
	void a_physician_assessment_without_a_decision_is_refused() {
		ProcessInstance contact = register(TriageFixtures.aPhoneContact());
		complete(task(contact), TriageFixtures.triage("yes", "DEPRESSION", false, false, false, false));
		String taskId = task(contact).getId();

		assertThatThrownBy(() -> taskService().complete(taskId, Map.of("physicianNote", "Ringt")))
			.hasMessageContaining("physicianDecision: Fältet måste fyllas i");
		assertThat(contact).isWaitingAt(PHYSICIAN_SAME_DAY);
	}

	@Test
	void a_triage_without_a_main_problem_is_refused() {
		ProcessInstance contact = register(TriageFixtures.aPhoneContact());
		String taskId = task(contact).getId();

		assertThatThrownBy(() -> taskService().complete(taskId, Map.of("acuteSuicideRisk", "no", "assessment", "Oro", "sendGad7", true)))
			.hasMessageContaining("mainProblem: Fältet måste fyllas i");
	}

	@Test
	void the_triage_decision_and_who_made_it_stay_in_the_history() {
		ProcessInstance contact = register(TriageFixtures.aPhoneContact());
		Task triage = task(contact);
		taskService().claim(triage.getId(), TriageFixtures.ADVICE_LINE_NURSE);

		complete(triage, TriageFixtures.triage("yes", "DEPRESSION", false, false, false, false));

		assertThat(historyValue(contact, "acuteSuicideRisk")).isEqualTo("yes");
		assertThat(historyValue(contact, "triagedBy")).isEqualTo(TriageFixtures.ADVICE_LINE_NURSE);
		Task physician = task(contact);
		taskService().claim(physician.getId(), "lakare.per");
		complete(physician, Map.of("physicianDecision", "PSYCHIATRY_EMERGENCY", "physicianNote", "Remiss akutpsykiatrin"));
		assertThat(historyValue(contact, "physicianDecision")).isEqualTo("PSYCHIATRY_EMERGENCY");
		assertThat(historyValue(contact, "physicianDecidedBy")).isEqualTo("lakare.per");
	}

	private Object historyValue(ProcessInstance instance, String name) {
		return historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name).singleResult()
			.getValue();
	}

	private ProcessInstance register(Map<String, Object> contact) {
		ResponseEntity<Map> response = http.withBasicAuth(TriageFixtures.ADVICE_LINE_NURSE, TriageFixtures.PASSWORD)
			.postForEntity("/api/triage-contacts", contact, Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String id = (String) response.getBody().get("processInstanceId");
		return runtimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
	}

	private Job timer(ProcessInstance instance) {
		return managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
	}

}
