package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static se.vardflode.patient.PatientTaskFixtures.DEMO_PASSWORD;
import static se.vardflode.patient.PatientTaskFixtures.LOVA;
import static se.vardflode.patient.PatientTaskFixtures.TOLVAN;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.vardflode.EngineClock;
import se.vardflode.Inboxes;
import se.vardflode.Mailbox;
import se.vardflode.Jobs;
import se.vardflode.VardflodeTest;

/**
 * A SIP with the person it is about, through the patient page: she (or a custodian for a child) asks for a SIP, the
 * unit decides within its deadline and answers her there, and the consent of each custodian is asked in her own login.
 */
@VardflodeTest
class SipPatientPageTest {

	static final String MUNICIPALITY_UNIT = "kommun-gavle-socialtjanst";
	static final String CHILD = "20170302-9809";
	static final ObjectMapper JSON = new ObjectMapper();
	static final String ACTIONS = """
			[{"what":"Stödsamtal varannan vecka","responsibleOrganisation":"Region Gävleborg","responsibleUnit":"BUP Gävleborg","dueBy":"2027-01-10"},
			 {"what":"Boendestöd två dagar i veckan","responsibleOrganisation":"Gävle kommun","responsibleUnit":"Socialtjänsten","dueBy":"2026-12-15"}]""";

	final Mailbox mailbox = Mailbox.get();

	@LocalServerPort
	int port;

	final Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@BeforeEach
	void setUp() {
		EngineClock.setTo(now);
	}

	@Test
	void a_patients_request_for_a_sip_becomes_a_task_for_the_unit_with_a_deadline() {
		PatientSession lova = loggedIn(LOVA.formatted());

		HttpResponse<String> asked = lova.postJson("/api/patient/sip-requests", Map.of("unitId", MUNICIPALITY_UNIT,
				"reason", "Jag har kontakt med både psykiatrin och socialtjänsten och behöver att de pratar med varandra"));

		assertThat(asked.statusCode()).isEqualTo(201);
		String requestId = PatientSession.json(asked).path("requestId").asText();
		Task decision = decisionTask(requestId);
		assertThat(taskService().getIdentityLinksForTask(decision.getId())).anyMatch(link -> MUNICIPALITY_UNIT.equals(link.getGroupId()));
		assertThat(decision.getDueDate()).isEqualTo(Date.from(now.plus(Duration.ofDays(7))));
		assertThat(decision.getName()).isEqualTo("Ta ställning till begäran om SIP");
		assertThat(runtimeService().getVariable(decision.getProcessInstanceId(), "patientReference")).isEqualTo("patient:" + LOVA.value());
	}

	@Test
	void a_refused_request_is_answered_with_the_units_reasons() {
		PatientSession lova = loggedIn(LOVA.formatted());
		String requestId = PatientSession.json(lova.postJson("/api/patient/sip-requests", Map.of("unitId", MUNICIPALITY_UNIT,
				"reason", "Behöver samordning", "email", "lova@example.se"))).path("requestId").asText();
		Task decision = decisionTask(requestId);

		HttpResponse<String> refusedWithoutReasons = StaffHttp.basic(port, "kommun.eva").postJson("/engine-rest/task/" + decision.getId()
				+ "/submit-form", variables(Map.of("sipRequestDecision", "refuse")));
		assertThat(refusedWithoutReasons.statusCode()).isEqualTo(400);
		assertThat(refusedWithoutReasons.body()).contains("sipRequestAnswer");

		HttpResponse<String> refused = StaffHttp.basic(port, "kommun.eva").postJson("/engine-rest/task/" + decision.getId() + "/submit-form",
				variables(Map.of("sipRequestDecision", "refuse", "sipRequestAnswer",
						"Era insatser samordnas redan i den plan ni har med psykiatrin; vi hör av oss vid förändring.")));
		assertThat(refused.statusCode()).isEqualTo(204);
		Jobs.runAsyncContinuations(decision.getProcessInstanceId());

		assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(decision.getProcessInstanceId()).singleResult()
			.getEndActivityId()).isEqualTo("sipRequestAnswered");
	}

	@Test
	void a_custodians_granted_request_for_her_child_asks_both_custodians_for_consent_in_their_own_logins() {
		PatientSession lova = loggedIn(LOVA.formatted());
		String requestId = PatientSession.json(lova.postJson("/api/patient/sip-requests", Map.of("unitId", MUNICIPALITY_UNIT,
				"reason", "Saga behöver stöd från skolan, BUP och socialtjänsten", "child", Map.of("personnummer", CHILD, "name", "Saga Testsson"),
				"otherCustodian", Map.of("personnummer", TOLVAN.formatted(), "name", "Tolvan Tolvansson")))).path("requestId").asText();
		Task decision = decisionTask(requestId);

		HttpResponse<String> nobodyInvited = StaffHttp.basic(port, "kommun.eva").postJson("/engine-rest/task/" + decision.getId()
				+ "/submit-form", variables(Map.of("sipRequestDecision", "accept", "sipRequestAnswer", "Vi kallar till SIP.",
						"initiatingOrganisation", "Gävle kommun")));
		assertThat(nobodyInvited.statusCode()).isEqualTo(400);
		assertThat(nobodyInvited.body()).contains("regionUnitIds");

		HttpResponse<String> granted = StaffHttp.basic(port, "kommun.eva").postJson("/engine-rest/task/" + decision.getId() + "/submit-form",
				variables(Map.of("sipRequestDecision", "accept", "sipRequestAnswer", "Vi kallar till SIP med BUP och skolan.",
						"initiatingOrganisation", "Gävle kommun", "regionUnitIds", json(List.of("bup-gavleborg")),
						"externalParticipants", json(List.of(Map.of("name", "Anna Kurator", "organisation", "Polhemsskolan",
								"email", "kurator@polhem.example"))))));
		assertThat(granted.statusCode()).isEqualTo(204);

		String sipId = (String) historyService().createHistoricVariableInstanceQuery().processInstanceId(decision.getProcessInstanceId())
			.variableName("startedSipId").singleResult().getValue();
		ProcessInstance sip = runtimeService().createProcessInstanceQuery().processDefinitionKey("sip-coordination").processInstanceBusinessKey(sipId)
			.singleResult();
		assertThat(taskService().createTaskQuery().processInstanceId(sip.getId()).list()).extracting(Task::getAssignee)
			.containsExactlyInAnyOrder("patient:" + LOVA.value(), "patient:" + TOLVAN.value());
		assertThat(consentTasksIn(lova)).hasSize(1);
		assertThat(consentTasksIn(loggedIn(TOLVAN.formatted()))).hasSize(1);
	}

	@Test
	void a_request_to_a_unit_that_holds_no_sips_or_for_an_adult_as_a_child_is_refused_naming_the_field() {
		PatientSession lova = loggedIn(LOVA.formatted());

		HttpResponse<String> toTheYouthClinic = lova.postJson("/api/patient/sip-requests", Map.of("unitId", "um-gavle", "reason", "Samordning"));
		HttpResponse<String> adultAsChild = lova.postJson("/api/patient/sip-requests", Map.of("unitId", MUNICIPALITY_UNIT, "reason", "Samordning",
				"child", Map.of("personnummer", TOLVAN.formatted())));
		HttpResponse<String> noReason = lova.postJson("/api/patient/sip-requests", Map.of("unitId", MUNICIPALITY_UNIT));

		assertThat(toTheYouthClinic.statusCode()).isEqualTo(400);
		assertThat(PatientSession.json(toTheYouthClinic).path("errors").path("unitId").asText()).contains("kan inte kalla till SIP");
		assertThat(adultAsChild.statusCode()).isEqualTo(400);
		assertThat(PatientSession.json(adultAsChild).path("errors").has("child.personnummer")).isTrue();
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(PatientSession.json(noReason).path("errors").has("reason")).isTrue();
		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("sip-request").count()).isZero();
	}

	@Test
	void a_childs_two_custodians_see_the_invitation_and_the_plan_in_the_patient_page_and_their_mail_is_a_neutral_notice() throws Exception {
		HttpResponse<String> requested = StaffHttp.basic(port, "kommun.eva").postJson("/api/sip-requests", JSON.writeValueAsString(Map.of(
				"patientPersonnummer", CHILD, "patientName", "Saga Testsson", "initiatingOrganisation", "Gävle kommun",
				"initiatingUnitId", MUNICIPALITY_UNIT, "reason", "Saga behöver stöd från skolan, BUP och socialtjänsten",
				"participants", Map.of("regionUnitIds", List.of("bup-gavleborg"), "external", List.of(Map.of("name", "Anna Kurator",
						"organisation", "Polhemsskolan", "email", "kurator@polhem.example"))),
				"custodians", List.of(Map.of("personnummer", LOVA.formatted(), "name", "Lova Testsson", "email", "lova@example.se"),
						Map.of("personnummer", TOLVAN.formatted(), "name", "Tolvan Tolvansson", "email", "tolvan@example.se")))));
		assertThat(requested.statusCode()).isEqualTo(201);
		String sip = PatientSession.json(requested).path("processInstanceId").asText();
		PatientSession lova = loggedIn(LOVA.formatted());
		PatientSession tolvan = loggedIn(TOLVAN.formatted());
		for (PatientSession custodian : List.of(lova, tolvan)) {
			String consent = consentTasksIn(custodian).get(0).path("id").asText();
			assertThat(custodian.postJson("/api/patient/tasks/" + consent, Map.of("consent", "yes",
					"acceptedParticipants", List.of("bup-gavleborg", "kurator@polhem.example"))).statusCode()).isEqualTo(204);
		}
		StaffHttp staff = StaffHttp.basic(port, "kommun.eva");
		assertThat(staff.postJson("/engine-rest/task/" + staffTask(sip, "scheduleMeeting") + "/submit-form", variables(Map.of(
				"meetingDate", "2026-12-03", "meetingTime", "13:00", "meetingPlace", "Socialkontoret, Drottninggatan 1"))).statusCode())
			.isEqualTo(204);
		Jobs.runAsyncContinuations(sip);

		for (PatientSession custodian : List.of(lova, tolvan)) {
			assertThat(messageTitlesIn(custodian)).contains("Kallelse till SIP-möte 2026-12-03 kl. 13:00");
		}
		assertThat(messageBody(lova, "Kallelse till SIP-möte 2026-12-03 kl. 13:00")).contains("ditt barns", "Socialkontoret, Drottninggatan 1");

		assertThat(staff.postJson("/engine-rest/task/" + staffTask(sip, "recordMeetingHeld") + "/submit-form",
				variables(Map.of("meetingHeld", true))).statusCode()).isEqualTo(204);
		assertThat(staff.postJson("/engine-rest/task/" + staffTask(sip, "writePlan") + "/submit-form", variables(Map.of(
				"actions", Map.of("value", ACTIONS, "type", "Json"), "huvudansvar", "Gävle kommun", "followUpDate", "2027-02-01")))
			.statusCode()).isEqualTo(204);
		Jobs.runAsyncContinuations(sip);

		for (PatientSession custodian : List.of(lova, tolvan)) {
			assertThat(messageTitlesIn(custodian)).contains("Ditt barns SIP-plan (version 1)");
			assertThat(messageBody(custodian, "Ditt barns SIP-plan (version 1)")).contains("Huvudansvar: Gävle kommun",
					"- Stödsamtal varannan vecka – ansvarig: Region Gävleborg, BUP Gävleborg – klart senast 2027-01-10");
		}
		// the mails: a neutral notice to each custodian, nothing of the plan's actions to anyone
		for (MimeMessage mail : mailbox.received()) {
			String text = mail.getSubject() + Mailbox.body(mail);
			assertThat(text).doesNotContain("Stödsamtal", "Boendestöd", "Saga", "20170302");
			if (List.of("lova@example.se", "tolvan@example.se").contains(Mailbox.recipientOf(mail))) {
				assertThat(mail.getSubject()).isEqualTo(Inboxes.NOTICE_SUBJECT);
			}
		}
		assertThat(Arrays.stream(mailbox.received()).map(Mailbox::recipientOf)).contains("lova@example.se", "tolvan@example.se",
				"kurator@polhem.example", "bup-gavleborg@region.example");
	}

	@Test
	void a_patients_request_is_answered_in_her_patient_page_with_the_units_reasons() {
		PatientSession lova = loggedIn(LOVA.formatted());
		String requestId = PatientSession.json(lova.postJson("/api/patient/sip-requests", Map.of("unitId", MUNICIPALITY_UNIT,
				"reason", "Behöver samordning", "email", "lova@example.se"))).path("requestId").asText();
		Task decision = decisionTask(requestId);
		StaffHttp.basic(port, "kommun.eva").postJson("/engine-rest/task/" + decision.getId() + "/submit-form", variables(Map.of(
				"sipRequestDecision", "refuse", "sipRequestAnswer", "Era insatser samordnas redan i planen med psykiatrin.")));
		Jobs.runAsyncContinuations(decision.getProcessInstanceId());

		assertThat(messageTitlesIn(lova)).contains("Svar på din begäran om SIP");
		assertThat(messageBody(lova, "Svar på din begäran om SIP")).contains("Kommun Gävle socialtjänst",
				"Era insatser samordnas redan i planen med psykiatrin.");
		assertThat(mailbox.received()).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo(Inboxes.NOTICE_SUBJECT);
			assertThat(Mailbox.body(mail)).doesNotContain("SIP", "psykiatri");
		});
	}

	private PatientSession loggedIn(String personnummer) {
		PatientSession session = new PatientSession(port);
		assertThat(session.logIn(personnummer, DEMO_PASSWORD)).endsWith("/patient/");
		return session;
	}

	private static List<JsonNode> consentTasksIn(PatientSession session) {
		List<JsonNode> consents = new java.util.ArrayList<>();
		PatientSession.json(session.get("/api/patient/tasks")).path("tasks").forEach(task -> {
			if (task.path("name").asText().startsWith("Samtycke till")) {
				consents.add(task);
			}
		});
		return consents;
	}

	private static String staffTask(String processInstanceId, String activityId) {
		return taskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId).singleResult().getId();
	}

	private static List<String> messageTitlesIn(PatientSession session) {
		List<String> titles = new java.util.ArrayList<>();
		PatientSession.json(session.get("/api/patient/messages")).path("messages").forEach(message -> titles.add(message.path("title").asText()));
		return titles;
	}

	private static String messageBody(PatientSession session, String title) {
		for (JsonNode message : PatientSession.json(session.get("/api/patient/messages")).path("messages")) {
			if (message.path("title").asText().equals(title)) {
				return PatientSession.json(session.get("/api/patient/messages/" + message.path("id").asText())).path("body").asText();
			}
		}
		throw new AssertionError("no message " + title);
	}

	private static Task decisionTask(String requestId) {
		ProcessInstance request = runtimeService().createProcessInstanceQuery().processDefinitionKey("sip-request").processInstanceBusinessKey(requestId)
			.singleResult();
		return taskService().createTaskQuery().processInstanceId(request.getId()).taskDefinitionKey("decideOnSipRequest").singleResult();
	}

	private static Map<String, Object> json(Object value) {
		try {
			return Map.of("value", JSON.writeValueAsString(value), "type", "Json");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String variables(Map<String, Object> values) {
		Map<String, Object> variables = new java.util.LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, value instanceof Map<?, ?> ? value : Map.of("value", value)));
		try {
			return JSON.writeValueAsString(Map.of("variables", variables));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
