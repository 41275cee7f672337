package se.vardflode.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.runtime.ProcessInstance;
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

/** Patients' pst-triage instances joining a group-treatment instance: 3 to start, at most 6, escalated after 30 days. */
@VardflodeTest
class GroupTreatmentProcessTest {

	static final String PST = "pst-sodra-halsingland";

	final Mailbox mailbox = Mailbox.get();

	@Autowired
	JdbcClient jdbc;
	@Autowired
	TestRestTemplate http;

	Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@BeforeEach
	void setUp() {
		EngineClock.setTo(now);
	}

	@Test
	void a_group_opens_with_the_first_patient_and_the_leader_is_asked_to_start_it_at_the_third() throws Exception {
		ProcessInstance first = anxiousPatientAcceptsTheGroup();
		ProcessInstance second = anxiousPatientAcceptsTheGroup();
		ProcessInstance group = groups().get(0);
		assertThat(group).isWaitingAt("enoughParticipants");

		ProcessInstance third = anxiousPatientAcceptsTheGroup();

		assertThat(groups()).hasSize(1);
		assertThat(group).isWaitingAt("startGroup").variables().containsEntry("participantCount", 3).containsEntry("groupName", "Ångestskola");
		assertThat(task(group)).hasCandidateGroup(PST);
		for (ProcessInstance patient : List.of(first, second, third)) {
			assertThat(patient).isWaitingAt("waitForGroupStart");
		}

		int mailsBefore = mailbox.received().length;
		complete(task(group), Map.of("groupMeetingInfo", "Måndag 7 december kl. 15.00, länk i 1177"));
		execute(job(group));
		for (ProcessInstance patient : List.of(first, second, third)) {
			execute(job("mailGroupStartToPatient", patient));
			assertThat(patient).isEnded().hasPassed("groupTreatmentStarted");
		}
		assertThat(group).isEnded().variables();
		MimeMessage[] mails = mailbox.received();
		assertThat(mails).hasSize(mailsBefore + 3);
		assertThat(mails[mailsBefore].getSubject()).isEqualTo(Inboxes.NOTICE_SUBJECT);
		assertThat((String) mails[mailsBefore].getContent()).doesNotContain("Ångestskola");
		Inboxes inboxes = new Inboxes(jdbc);
		for (ProcessInstance patient : List.of(first, second, third)) {
			assertThat(inboxes.titlesSentBy(patient.getId())).containsExactly("Din grupp startar – Ångestskola");
			assertThat(inboxes.bodiesSentBy(patient.getId())).singleElement().asString().contains("Måndag 7 december kl. 15.00");
		}
	}

	@Test
	void a_full_group_refuses_a_seventh_patient_who_opens_the_next_group() {
		IntStream.range(0, 6).forEach(i -> anxiousPatientAcceptsTheGroup());
		ProcessInstance fullGroup = groups().get(0);
		assertThat(fullGroup).variables().containsEntry("participantCount", 6);

		assertThatThrownBy(() -> runtimeService().createMessageCorrelation(GroupTreatmentProcess.PATIENT_JOINS).processInstanceId(fullGroup.getId())
			.setVariable("joiningPatientInstanceId", "someone-else").correlate()).hasMessageContaining("The group is full");

		ProcessInstance seventh = anxiousPatientAcceptsTheGroup();
		assertThat(groups()).hasSize(2);
		assertThat(fullGroup).variables().containsEntry("participantCount", 6);
		assertThat(seventh).isWaitingAt("waitForGroupStart");
		assertThat((String) runtimeService().getVariable(seventh.getId(), "groupInstanceId")).isNotEqualTo(fullGroup.getId());
	}

	@Test
	void a_patient_waiting_more_than_thirty_days_for_her_group_is_escalated_to_the_pst_manager() throws Exception {
		ProcessInstance patient = anxiousPatientAcceptsTheGroup();
		int mailsBefore = mailbox.received().length;

		EngineClock.setTo(now.plus(Duration.ofDays(30)).plusSeconds(1));
		execute(managementService().createJobQuery().processInstanceId(patient.getId()).activityId("groupWaitTooLong").singleResult());
		execute(job("notifyLongGroupWait", patient));

		MimeMessage mail = mailbox.received()[mailsBefore];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("pst-sodra-halsingland-chef@region.example");
		assertThat(mail.getSubject()).isEqualTo("Patient har väntat länge på gruppstart – PST Södra Hälsingland");
		assertThat(patient).isWaitingAt("waitForGroupStart");
	}

	@Test
	void a_patient_who_declines_the_group_gets_a_pst_assessment() {
		ProcessInstance patient = anxiousPatientIsOfferedTheGroup();

		complete(task(patient), Map.of("groupOfferOutcome", "DECLINED"));

		assertThat(patient).isWaitingAt("pstAssessment");
		assertThat(groups()).isEmpty();
	}

	private ProcessInstance anxiousPatientAcceptsTheGroup() {
		ProcessInstance patient = anxiousPatientIsOfferedTheGroup();
		complete(task(patient), Map.of("groupOfferOutcome", "ACCEPTED"));
		return patient;
	}

	/** A 36-year-old woman with anxiety as her main problem and GAD-7 11: the table routes her to the anxiety school. */
	private ProcessInstance anxiousPatientIsOfferedTheGroup() {
		Map<String, Object> request = TriageFixtures.aPhoneContact();
		request.put("personnummer", TriageFixtures.womanBorn(LocalDate.of(1990, 1, 1)));
		ResponseEntity<Map> response = http.withBasicAuth(TriageFixtures.ADVICE_LINE_NURSE, TriageFixtures.PASSWORD)
			.postForEntity("/api/triage-contacts", request, Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ProcessInstance patient = runtimeService().createProcessInstanceQuery()
			.processInstanceId((String) response.getBody().get("processInstanceId")).singleResult();
		complete(task(patient), TriageFixtures.triage("no", "ANXIETY", false, true, false, false));
		ProcessInstance questionnaire = runtimeService().createProcessInstanceQuery().superProcessInstanceId(patient.getId()).singleResult();
		execute(job(questionnaire));
		complete(task(questionnaire), new HashMap<>(AnswerSheet.noComplaints(Gad7Scorer.GAD_7).totalling(11, 1, 7).answers()));
		assertThat(patient).isWaitingAt("offerGroupTreatment");
		return patient;
	}

	private List<ProcessInstance> groups() {
		return runtimeService().createProcessInstanceQuery().processDefinitionKey(GroupTreatmentProcess.KEY).orderByProcessInstanceId().asc().list();
	}

}
