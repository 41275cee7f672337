package se.vardflode.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.EngineClock;
import se.vardflode.VardflodeTest;
import se.vardflode.identity.TasklistColumns;
import se.vardflode.taskcontext.ShownTaskContext;

/**
 * What each task of a triage shows its clinician, written by the engine as the task is created: the patient by name,
 * personnummer and age, who sent it and its deadline, and what the earlier steps found (issue 19).
 */
@VardflodeTest
class TriageTaskContextTest {

	static final String PATIENT = TriageFixtures.womanBorn(LocalDate.of(1990, 1, 1));

	@Autowired
	RuntimeService runtimeService;
	@Autowired
	TaskService taskService;
	@Autowired
	ManagementService managementService;
	@Autowired
	TestRestTemplate http;

	/** A Friday morning: the care guarantee's three calendar days end on Monday. */
	Instant now = Instant.parse("2026-11-27T09:00:00Z");

	@BeforeEach
	void setUp() {
		EngineClock.setTo(now);
	}

	@Test
	void the_triage_task_names_the_patient_and_the_contact_in_its_form_and_on_its_card() {
		ProcessInstance contact = register(aContactFrom("Lova Testsson"));

		ShownTaskContext shown = ShownTaskContext.of(taskService, task(contact).getId());

		assertThat(shown.patientName()).isEqualTo("Lova Testsson");
		assertThat(shown.personnummer()).isEqualTo(PATIENT);
		assertThat(shown.age()).isEqualTo("36 år");
		assertThat(shown.from()).isEqualTo("Patienten, telefon (rådgivningen)");
		assertThat(shown.deadline()).isEqualTo("Vårdgarantin: kontakt samma dag");
		assertThat(shown.findings()).containsEntry("Kontakt", "2026-11-27 10:00").containsEntry("Hälsocentral", "Vårdcentralen Gävle");
		assertThat(shown.texts()).containsExactly(entry("Kontaktorsak", "Nedstämd och sover dåligt sedan i somras"));
		assertThat(shown.columns()).containsEntry(TasklistColumns.PATIENT, "Lova Testsson")
			.containsEntry(TasklistColumns.PERSONNUMMER, PATIENT).containsEntry(TasklistColumns.DEADLINE, "Vårdgarantin: kontakt samma dag");
	}

	@Test
	void the_pst_assessment_shows_each_score_with_its_swedish_band_the_answers_and_the_nurses_note() {
		ProcessInstance contact = triaged(aContactFrom("Lova Testsson"), Map.of("acuteSuicideRisk", "no", "assessment",
				"Låter trött och uppgiven, inte akut", "mainProblem", "DEPRESSION", "sendPhq9", true, "sendGad7", true,
				"sendAudit", false, "sendDudit", false));
		answer(contact, Map.of("phq-9", AnswerSheet.noComplaints(Phq9Scorer.PHQ_9).totalling(17, 1, 8).answers(),
				"gad-7", AnswerSheet.noComplaints(Gad7Scorer.GAD_7).totalling(3, 1, 7).answers()));

		ShownTaskContext shown = ShownTaskContext.of(taskService, pstAssessment(contact).getId());

		assertThat(pstAssessment(contact).getTaskDefinitionKey()).isEqualTo("pstAssessment");
		assertThat(shown.from()).isEqualTo("Rådgivningen");
		assertThat(shown.deadline()).isEqualTo("Vårdgarantin: bedömning inom 3 dagar från kontakten");
		assertThat(shown.due()).isEqualTo("2026-11-30 10:00");
		assertThat(shown.findings()).containsEntry("PHQ-9", "17 – måttligt svår").containsEntry("GAD-7", "3 – minimal")
			.containsEntry("Huvudsakligt problem", "Nedstämdhet")
			.doesNotContainKeys("AUDIT", "DUDIT");
		assertThat(shown.texts()).containsEntry("Kontaktorsak", "Nedstämd och sover dåligt sedan i somras")
			.containsEntry("Sjuksköterskans bedömning", "Låter trött och uppgiven, inte akut");
		assertThat(shown.answers()).hasSize(9 + 7).contains(
				List.of("PHQ-9", "1. Lite intresse eller glädje i att göra saker", "Nästan varje dag (3 poäng)"),
				List.of("PHQ-9", "9. Tankar att det skulle vara bättre om du var död eller att du skulle skada dig på något sätt", "Inte alls (0 poäng)"));
		assertThat(shown.columns()).containsEntry(TasklistColumns.DEADLINE, "2026-11-30 10:00 – Vårdgarantin: bedömning inom 3 dagar från kontakten");
	}

	@Test
	void a_questionnaire_the_patient_left_unanswered_is_ej_besvarat_on_the_pst_assessment() {
		ProcessInstance contact = triaged(aContactFrom(null), TriageFixtures.triage("no", "DEPRESSION", true, false, false, false));
		ProcessInstance questionnaire = runtimeService.createProcessInstanceQuery().superProcessInstanceId(contact.getId()).singleResult();
		execute(job(questionnaire));
		EngineClock.setTo(now.plus(Duration.ofDays(7)).plusSeconds(1));
		execute(managementService.createJobQuery().processInstanceId(questionnaire.getId()).activityId("questionnaireExpired").singleResult());

		ShownTaskContext followUp = ShownTaskContext.of(taskService, task(questionnaire).getId());
		assertThat(followUp.personnummer()).isEqualTo(PATIENT);
		assertThat(followUp.findings()).containsEntry("Formulär", "PHQ-9 (nedstämdhet)");
		assertThat(followUp.texts()).containsEntry("Kontaktorsak", "Nedstämd och sover dåligt sedan i somras");
		complete(task(questionnaire), Map.of("unansweredOutcome", "NOT_REACHED"));

		ShownTaskContext pst = ShownTaskContext.of(taskService, task(contact).getId());
		assertThat(pst.findings()).containsEntry("PHQ-9", "ej besvarat");
		assertThat(pst.answers()).isEmpty();
	}

	@Test
	void the_same_day_physician_sees_the_contact_reason_and_the_nurses_assessment() {
		ProcessInstance contact = triaged(aContactFrom("Lova Testsson"), Map.of("acuteSuicideRisk", "yes", "assessment",
				"Uttrycker dödstankar, har en plan", "mainProblem", "DEPRESSION", "sendPhq9", false, "sendGad7", false, "sendAudit", false,
				"sendDudit", false));

		ShownTaskContext shown = ShownTaskContext.of(taskService, task(contact).getId());

		assertThat(task(contact).getTaskDefinitionKey()).isEqualTo("physicianAssessmentSameDay");
		assertThat(shown.patientName()).isEqualTo("Lova Testsson");
		assertThat(shown.deadline()).isEqualTo("Samma dag: läkargruppen och chefen meddelas efter 2 timmar");
		assertThat(shown.findings()).containsEntry("Akut suicidrisk enligt sjuksköterskan", "Ja – läkarbedömning samma dag");
		assertThat(shown.texts()).containsEntry("Kontaktorsak", "Nedstämd och sover dåligt sedan i somras")
			.containsEntry("Sjuksköterskans bedömning", "Uttrycker dödstankar, har en plan");
	}

	@Test
	void the_physician_who_calls_the_psychiatric_emergency_unit_sees_the_decision_and_the_note() {
		ProcessInstance contact = triaged(aContactFrom("Lova Testsson"), Map.of("acuteSuicideRisk", "yes", "assessment",
				"Uttrycker dödstankar, har en plan", "mainProblem", "DEPRESSION", "sendPhq9", false, "sendGad7", false, "sendAudit", false,
				"sendDudit", false));
		complete(task(contact), Map.of("physicianDecision", "PSYCHIATRY_EMERGENCY", "physicianNote", "Plan och medel, ej trygg hemma"));
		String callTaskId = taskService.createTaskQuery().processInstanceId(contact.getId())
			.taskDefinitionKey(TriageProcess.CONTACT_PSYCHIATRIC_EMERGENCY).singleResult().getId();

		ShownTaskContext shown = ShownTaskContext.of(taskService, callTaskId);

		assertThat(shown.patientName()).isEqualTo("Lova Testsson");
		assertThat(shown.deadline()).isEqualTo("I dag: ring akutpsykiatrin och se till att patienten kommer dit");
		assertThat(shown.findings()).containsEntry("Läkarens beslut", "Remiss till akutpsykiatrin");
		assertThat(shown.texts()).containsEntry("Läkarens anteckning", "Plan och medel, ej trygg hemma")
			.containsEntry("Kontaktorsak", "Nedstämd och sover dåligt sedan i somras");
	}

	@Test
	void the_call_back_task_says_whom_to_call_on_which_number_and_what_was_promised() {
		Map<String, Object> request = aContactFrom("Lova Testsson");
		request.put("callBackAt", "2026-11-27T14:00:00+01:00");
		request.put("patientPhone", "070-123 45 67");
		ProcessInstance contact = register(request);
		ProcessInstance callBack = calledProcessInstance(contact);

		ShownTaskContext shown = ShownTaskContext.of(taskService, task(callBack).getId());

		assertThat(shown.patientName()).isEqualTo("Lova Testsson");
		assertThat(shown.personnummer()).isEqualTo(PATIENT);
		assertThat(shown.deadline()).isEqualTo("Utlovad återuppringning");
		assertThat(shown.due()).isEqualTo("2026-11-27 14:00");
		assertThat(shown.findings()).containsEntry("Ring", "070-123 45 67").containsEntry("Utlovad tid", "2026-11-27 14:00");
		assertThat(shown.texts()).containsEntry("Kontaktorsak", "Nedstämd och sover dåligt sedan i somras");
		assertThat(shown.columns()).containsEntry(TasklistColumns.PATIENT, "Lova Testsson")
			.containsEntry(TasklistColumns.DEADLINE, "2026-11-27 14:00 – Utlovad återuppringning");
	}

	@Test
	void a_demo_patient_without_a_name_at_the_entry_point_is_named_from_the_demo_list() {
		Map<String, Object> request = aContactFrom(null);
		request.put("personnummer", "19121212-1212");

		ShownTaskContext shown = ShownTaskContext.of(taskService, task(register(request)).getId());

		assertThat(shown.patientName()).isEqualTo("Tolvan Tolvansson");
		assertThat(shown.personnummer()).isEqualTo("19121212-1212");
	}

	@Test
	void a_patient_nobody_named_is_shown_as_name_missing_with_her_personnummer() {
		ShownTaskContext shown = ShownTaskContext.of(taskService, task(register(aContactFrom(null))).getId());

		assertThat(shown.patientName()).isEqualTo("Namn saknas");
		assertThat(shown.personnummer()).isEqualTo(PATIENT);
	}

	@Test
	void a_name_with_markup_or_digits_and_a_phone_number_with_letters_are_refused_naming_the_fields() {
		Map<String, Object> request = aContactFrom("[Lova](https://evil.example)");
		request.put("patientPhone", "ring mig");

		ResponseEntity<Map> response = http.withBasicAuth(TriageFixtures.ADVICE_LINE_NURSE, TriageFixtures.PASSWORD)
			.postForEntity("/api/triage-contacts", request, Map.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().toString()).contains("patientName", "patientPhone");
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TriageProcess.KEY).count()).isZero();
	}

	private static Map<String, Object> aContactFrom(String name) {
		Map<String, Object> request = TriageFixtures.aPhoneContact();
		request.put("personnummer", PATIENT);
		if (name != null) {
			request.put("patientName", name);
		}
		return request;
	}

	private ProcessInstance register(Map<String, Object> request) {
		ResponseEntity<Map> response = http.withBasicAuth(TriageFixtures.ADVICE_LINE_NURSE, TriageFixtures.PASSWORD)
			.postForEntity("/api/triage-contacts", request, Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return runtimeService.createProcessInstanceQuery().processInstanceId((String) response.getBody().get("processInstanceId")).singleResult();
	}

	private ProcessInstance triaged(Map<String, Object> request, Map<String, Object> triage) {
		ProcessInstance contact = register(request);
		complete(task(contact), triage);
		return contact;
	}

	/** The patient answers each questionnaire sent to her, after its mail has gone out. */
	private org.camunda.bpm.engine.task.Task pstAssessment(ProcessInstance contact) {
		return taskService.createTaskQuery().processInstanceId(contact.getId()).taskDefinitionKey(TriageProcess.PST_ASSESSMENT).singleResult();
	}

	private void answer(ProcessInstance contact, Map<String, Map<String, Object>> answersByForm) {
		for (ProcessInstance questionnaire : runtimeService.createProcessInstanceQuery().superProcessInstanceId(contact.getId()).list()) {
			execute(job(questionnaire));
			String form = (String) runtimeService.getVariable(questionnaire.getId(), "questionnaireForm");
			complete(task(questionnaire), new HashMap<>(answersByForm.get(form)));
		}
	}

}
