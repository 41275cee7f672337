package se.vardflode.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vardflode.EngineClock;
import se.vardflode.Inboxes;
import se.vardflode.Jobs;
import se.vardflode.Mailbox;
import se.vardflode.VardflodeTest;

/** The real sip-coordination.bpmn and SIP forms on the real engine, with mail to a real SMTP server. */
@VardflodeTest
class SipCoordinationProcessTest {

	// activity ids (stable: history and KPIs use them)
	static final String GIVE_CONSENT = SipProcess.GIVE_CONSENT;
	static final String CONSENT_REMINDER_DUE = SipProcess.CONSENT_REMINDER_DUE;
	static final String REMIND_PATIENT = "remindPatientOfConsent";
	static final String CONSENT_ANSWER_MISSING = SipProcess.CONSENT_ANSWER_MISSING;
	static final String CONTACT_PATIENT = SipProcess.CONTACT_PATIENT_ABOUT_CONSENT;
	static final String ENDED_NO_CONSENT_ANSWER = "sipEndedNoConsentAnswer";
	static final String NOTIFY_DECLINE = "notifyCoordinatorOfDecline";
	static final String ENDED_CONSENT_DECLINED = "sipEndedConsentDeclined";
	static final String MEETING = "meeting";
	static final String SCHEDULE_MEETING = SipProcess.SCHEDULE_MEETING;
	static final String SEND_INVITATIONS = SipProcess.SEND_MEETING_INVITATIONS;
	static final String CONFIRM_ATTENDANCE = SipProcess.CONFIRM_ATTENDANCE;
	static final String RECORD_MEETING_HELD = SipProcess.RECORD_MEETING_HELD;
	static final String MEETING_DEADLINE_PASSED = SipProcess.MEETING_DEADLINE_PASSED;
	static final String ESCALATE_MEETING_DEADLINE = "escalateMeetingDeadline";
	static final String WRITE_PLAN = SipProcess.WRITE_PLAN;
	static final String SEND_PLAN = SipProcess.SEND_PLAN_TO_PARTICIPANTS;
	static final String FOLLOW_UP_DUE = SipProcess.FOLLOW_UP_DUE;
	static final String FOLLOW_UP_PLAN = SipProcess.FOLLOW_UP_PLAN;
	static final String SIP_CLOSED = "sipClosed";
	static final String NOTIFY_PARTICIPANTS_OF_WITHDRAWAL = "notifyParticipantsOfWithdrawal";
	static final String NOTIFY_COORDINATOR_OF_WITHDRAWAL = "notifyCoordinatorOfWithdrawal";
	static final String ENDED_CONSENT_WITHDRAWN = "sipEndedConsentWithdrawn";

	static final String PATIENT_TASK_ASSIGNEE = "patient:191212121212";
	static final String SOCIAL_SERVICES_MAIL = "socialtjanst@kommun.example";
	static final String PSYCHIATRY_MAIL = "psykiatri-gavleborg@region.example";
	static final String PST_MAIL = "pst-sodra-halsingland@region.example";

	final Mailbox mailbox = Mailbox.get();

	@Autowired
	ProcessEngine engine;
	@Autowired
	SipCoordination coordination;
	@Autowired
	SipRules rules;
	@Autowired
	TestRestTemplate http;

	Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@Autowired
	JdbcClient jdbc;
	Inboxes inboxes;

	@BeforeEach
	void setUp() {
		EngineClock.setTo(now);
		inboxes = new Inboxes(jdbc);
	}

	// --- consent

	@Test
	void the_patient_is_asked_for_consent_in_a_patient_task_with_the_consent_form() throws Exception {
		ProcessInstance sip = socialServicesRequestSip();

		assertThat(sip).isWaitingAt(GIVE_CONSENT);
		assertThat(sip.getBusinessKey()).startsWith("SIP-");
		Task consent = task(GIVE_CONSENT, sip);
		assertThat(consent.getAssignee()).isEqualTo(PATIENT_TASK_ASSIGNEE);
		assertThat(taskService().getIdentityLinksForTask(consent.getId())).noneMatch(link -> link.getGroupId() != null);
		String form = new String(formService().getDeployedTaskForm(consent.getId()).readAllBytes());
		assertThat(form).contains("\"id\": \"sip-consent\"", "\"key\": \"consent\"");
	}

	@Test
	void consent_yes_opens_the_meeting_booking_for_the_initiating_unit_with_the_deadline() {
		ProcessInstance sip = socialServicesRequestSip();

		giveConsent(sip);

		assertThat(sip).isWaitingAt(SCHEDULE_MEETING);
		Task booking = task(SCHEDULE_MEETING, sip);
		assertThat(booking).hasCandidateGroup(SipFixtures.MUNICIPALITY_UNIT);
		assertThat(booking.getDueDate()).isEqualTo(Date.from(now.plus(Duration.ofDays(21))));
		assertThat(runtimeService().getVariable(sip.getId(), SipProcess.CONSENTED_AT.name())).isEqualTo(Date.from(now));
	}

	@Test
	void participants_the_patient_does_not_accept_are_neither_invited_nor_told_the_plan() throws Exception {
		ProcessInstance sip = socialServicesRequestSip();

		complete(task(GIVE_CONSENT, sip), Map.of("consent", "yes", "acceptedParticipants",
				SpinValues.jsonValue("[\"" + SipFixtures.PSYCHIATRY_UNIT + "\", \"" + SipFixtures.FK_MAIL + "\"]").create()));
		scheduleMeeting(sip, "2026-12-03");
		Jobs.runAsyncContinuations(sip.getId());

		assertThat(recipients()).containsExactly(SipFixtures.FK_MAIL);
		assertThat(taskService().createTaskQuery().processInstanceId(sip.getId()).taskDefinitionKey(CONFIRM_ATTENDANCE).list())
			.singleElement().satisfies(confirmation -> assertThat(confirmation).hasCandidateGroup(SipFixtures.PSYCHIATRY_UNIT));

		EngineClock.advance(Duration.ofDays(10));
		complete(task(RECORD_MEETING_HELD, sip), Map.of("meetingHeld", true));
		mailbox.clear();
		assertThatThrownBy(() -> taskService().complete(task(WRITE_PLAN, sip).getId(), planVariables(SipFixtures.SCHOOL, "2027-02-01")))
			.hasMessageContaining("Huvudansvaret måste ligga hos en av de deltagande organisationerna: Gävle kommun, Region Gävleborg, Försäkringskassan");
		complete(task(WRITE_PLAN, sip), planVariables("Försäkringskassan", "2027-02-01"));
		Jobs.runAsyncContinuations(sip.getId());

		assertThat(recipients()).containsExactlyInAnyOrder(SOCIAL_SERVICES_MAIL, PSYCHIATRY_MAIL, SipFixtures.FK_MAIL);
	}

	@Test
	void consent_no_ends_the_sip_with_the_reason_and_tells_only_the_initiating_unit() throws Exception {
		ProcessInstance sip = socialServicesRequestSip();

		complete(task(GIVE_CONSENT, sip), Map.of("consent", "no", "declineReason", "Vill inte att skolan får veta"));
		assertThat(sip).isWaitingAt(NOTIFY_DECLINE);
		Jobs.runAsyncContinuations(sip.getId());

		assertThat(sip).isEnded().hasPassed(ENDED_CONSENT_DECLINED).hasNotPassed(MEETING);
		assertThat(historicVariable(sip, "declineReason")).isEqualTo("Vill inte att skolan får veta");
		assertThat(recipients()).containsExactly(SOCIAL_SERVICES_MAIL);
		assertThat(mailbox.received()[0].getSubject()).startsWith("Patienten samtycker inte till SIP");
	}

	@Test
	void no_answer_reminds_the_patient_after_7_days_and_gives_the_coordinator_a_task_after_14() throws Exception {
		ProcessInstance sip = socialServicesRequestSip();

		EngineClock.advance(Duration.ofDays(7).plusMinutes(1));
		fireTimer(sip, CONSENT_REMINDER_DUE);
		Jobs.runAsyncContinuations(sip.getId());

		assertThat(sip).isWaitingAt(GIVE_CONSENT).hasPassed(REMIND_PATIENT);
		assertThat(recipients()).containsExactly(SipFixtures.PATIENT_EMAIL);
		MimeMessage reminder = mailbox.received()[0];
		assertThat(reminder.getSubject()).isEqualTo(Inboxes.NOTICE_SUBJECT);
		assertThat(inboxes.recipientsOf("Påminnelse: fråga om samtycke från Kommun Gävle socialtjänst")).containsExactly(SipFixtures.PATIENT);
		assertThat(body(reminder)).doesNotContain("1212");

		EngineClock.advance(Duration.ofDays(7));
		fireTimer(sip, CONSENT_ANSWER_MISSING);

		assertThat(sip).isWaitingAt(GIVE_CONSENT, CONTACT_PATIENT);
		assertThat(task(CONTACT_PATIENT, sip)).hasCandidateGroup(SipFixtures.MUNICIPALITY_UNIT);

		complete(task(CONTACT_PATIENT, sip), Map.of("consentFollowUpDecision", "close", "consentFollowUpNote", "Nåddes inte"));

		assertThat(sip).isEnded().hasPassed(ENDED_NO_CONSENT_ANSWER);
		assertThat(taskService().createTaskQuery().processInstanceId(sip.getId()).count()).isZero();
	}

	@Test
	void the_coordinator_may_keep_waiting_and_a_late_consent_still_counts() {
		ProcessInstance sip = socialServicesRequestSip();
		EngineClock.advance(Duration.ofDays(14).plusMinutes(1));
		fireTimer(sip, CONSENT_REMINDER_DUE);
		fireTimer(sip, CONSENT_ANSWER_MISSING);

		complete(task(CONTACT_PATIENT, sip), Map.of("consentFollowUpDecision", "wait"));
		giveConsent(sip);

		assertThat(sip).isWaitingAt(SCHEDULE_MEETING);
	}

	@Test
	void withdrawal_after_the_invitations_ends_the_sip_and_tells_every_participant() throws Exception {
		ProcessInstance sip = socialServicesRequestSip();
		giveConsent(sip);
		scheduleMeeting(sip, "2026-12-03");
		Jobs.runAsyncContinuations(sip.getId());
		mailbox.clear();

		assertThat(coordination.withdrawConsent(sip.getBusinessKey(), SipFixtures.SOCIAL_WORKER, Set.of(SipFixtures.MUNICIPALITY_UNIT)))
			.isEqualTo(SipCoordination.Withdrawal.WITHDRAWN);
		Jobs.runAsyncContinuations(sip.getId());

		assertThat(sip).isEnded().hasPassed(NOTIFY_PARTICIPANTS_OF_WITHDRAWAL, ENDED_CONSENT_WITHDRAWN);
		assertThat(taskService().createTaskQuery().processInstanceId(sip.getId()).count()).isZero();
		assertThat(recipients()).containsExactlyInAnyOrder(SOCIAL_SERVICES_MAIL, PSYCHIATRY_MAIL, PST_MAIL,
				SipFixtures.SCHOOL_COUNSELLOR_MAIL, SipFixtures.FK_MAIL);
		assertThat(mailbox.received()[0].getSubject()).startsWith("SIP avslutad – samtycket har återkallats");
		assertThat(historicVariable(sip, SipProcess.CONSENT_WITHDRAWN_BY.name())).isEqualTo(SipFixtures.SOCIAL_WORKER);
	}

	@Test
	void withdrawal_before_consent_tells_only_the_initiating_unit() throws Exception {
		ProcessInstance sip = socialServicesRequestSip();

		coordination.withdrawConsent(sip.getBusinessKey(), SipFixtures.SOCIAL_WORKER, Set.of(SipFixtures.MUNICIPALITY_UNIT));
		Jobs.runAsyncContinuations(sip.getId());

		assertThat(sip).isEnded().hasPassed(NOTIFY_COORDINATOR_OF_WITHDRAWAL, ENDED_CONSENT_WITHDRAWN);
		assertThat(recipients()).containsExactly(SOCIAL_SERVICES_MAIL);
	}

	@Test
	void a_participating_region_unit_may_record_a_withdrawal_too() {
		ProcessInstance sip = socialServicesRequestSip();
		giveConsent(sip);

		assertThat(coordination.withdrawConsent(sip.getBusinessKey(), "psykiatri.johan", Set.of(SipFixtures.PSYCHIATRY_UNIT)))
			.isEqualTo(SipCoordination.Withdrawal.WITHDRAWN);
		assertThat(coordination.withdrawConsent(sip.getBusinessKey(), "psykiatri.johan", Set.of(SipFixtures.PSYCHIATRY_UNIT)))
			.isEqualTo(SipCoordination.Withdrawal.ALREADY_WITHDRAWN);
		assertThat(sip).isWaitingAt(NOTIFY_PARTICIPANTS_OF_WITHDRAWAL);
	}

	@Test
	void a_unit_outside_the_sip_cannot_withdraw_it() {
		ProcessInstance sip = socialServicesRequestSip();

		assertThat(coordination.withdrawConsent(sip.getBusinessKey(), "bvc.karin", Set.of("bvc-gavle")))
			.isEqualTo(SipCoordination.Withdrawal.NOT_FOUND);
		assertThat(coordination.withdrawConsent("SIP-finns-inte", SipFixtures.SOCIAL_WORKER, Set.of(SipFixtures.MUNICIPALITY_UNIT)))
			.isEqualTo(SipCoordination.Withdrawal.NOT_FOUND);

		assertThat(sip).isWaitingAt(GIVE_CONSENT);
	}

	// --- meeting

	@Test
	void external_participants_are_invited_by_mail_in_swedish_without_personnummer() throws Exception {
		ProcessInstance sip = socialServicesRequestSip();
		giveConsent(sip);

		scheduleMeeting(sip, "2026-12-03");
		assertThat(sip).isWaitingAt(SEND_INVITATIONS);
		Jobs.runAsyncContinuations(sip.getId());

		assertThat(recipients()).containsExactlyInAnyOrder(SipFixtures.SCHOOL_COUNSELLOR_MAIL, SipFixtures.FK_MAIL);
		MimeMessage invitation = mailTo(SipFixtures.SCHOOL_COUNSELLOR_MAIL);
		assertThat(invitation.getSubject()).isEqualTo("Kallelse till SIP-möte 2026-12-03 kl. 13:00");
		String body = body(invitation);
		assertThat(body).contains("Hej Anna Kurator!", "Socialkontoret, Drottninggatan 1", "Kommun Gävle socialtjänst, Gävle kommun",
				sip.getBusinessKey());
		assertThat(body).doesNotContain("19121212", "121212", "psykiatri, skola");
	}

	@Test
	void region_units_confirm_by_task_and_the_coordinator_sees_who_confirmed() {
		ProcessInstance sip = socialServicesRequestSip();
		giveConsent(sip);
		scheduleMeeting(sip, "2026-12-03");
		Jobs.runAsyncContinuations(sip.getId());

		List<Task> confirmations = taskService().createTaskQuery().processInstanceId(sip.getId()).taskDefinitionKey(CONFIRM_ATTENDANCE).list();
		assertThat(confirmations).hasSize(2);
		Task psychiatry = confirmationFor(sip, SipFixtures.PSYCHIATRY_UNIT);
		complete(psychiatry, Map.of("attending", "yes", "representative", "Johan Dahlberg"));
		complete(confirmationFor(sip, SipFixtures.PST_UNIT), Map.of("attending", "no"));

		assertThat(runtimeService().getVariable(sip.getId(), SipProcess.CONFIRMED_PARTICIPANTS.name()))
			.isEqualTo("Psykiatri Gävleborg: deltar (Johan Dahlberg); PST Södra Hälsingland: deltar inte");
		assertThat(task(RECORD_MEETING_HELD, sip)).hasCandidateGroup(SipFixtures.MUNICIPALITY_UNIT);
	}

	@Test
	void a_meeting_recorded_as_held_within_the_deadline_leads_to_the_plan_and_cancels_open_confirmations() {
		ProcessInstance sip = socialServicesRequestSip();
		giveConsent(sip);
		scheduleMeeting(sip, "2026-12-03");
		Jobs.runAsyncContinuations(sip.getId());

		EngineClock.advance(Duration.ofDays(10));
		complete(task(RECORD_MEETING_HELD, sip), Map.of("meetingHeld", true, "meetingNote", "Alla närvarade"));

		assertThat(sip).isWaitingAt(WRITE_PLAN);
		assertThat(taskService().createTaskQuery().processInstanceId(sip.getId()).taskDefinitionKey(CONFIRM_ATTENDANCE).count()).isZero();
		assertThat(runtimeService().getVariable(sip.getId(), SipProcess.MEETING_HELD_WITHIN_DEADLINE.name())).isEqualTo(true);
		assertThat(managementService().createJobQuery().processInstanceId(sip.getId()).count()).isZero();
	}

	@Test
	void a_booking_in_the_past_or_without_a_place_is_refused_and_the_task_stays_open() {
		ProcessInstance sip = socialServicesRequestSip();
		giveConsent(sip);
		Task booking = task(SCHEDULE_MEETING, sip);

		assertThatThrownBy(() -> taskService().complete(booking.getId(), Map.of("meetingDate", "2026-11-01", "meetingTime", "10:00",
				"meetingPlace", "Rum 3"))).hasMessageContaining("Mötet måste ligga framåt i tiden");
		assertThatThrownBy(() -> taskService().complete(booking.getId(), Map.of("meetingDate", "2026-12-01", "meetingTime", "10:00")))
			.hasMessageContaining("meetingPlace");

		assertThat(sip).isWaitingAt(SCHEDULE_MEETING);
		assertThat(runtimeService().getVariable(sip.getId(), "meetingDate")).isNull();
	}

	@Test
	void a_meeting_not_held_by_the_deadline_is_escalated_to_the_initiating_unit() throws Exception {
		ProcessInstance sip = socialServicesRequestSip();
		giveConsent(sip);

		EngineClock.advance(Duration.ofDays(21).plusMinutes(1));
		fireTimer(sip, MEETING_DEADLINE_PASSED);
		Jobs.runAsyncContinuations(sip.getId());

		assertThat(sip).hasPassed(ESCALATE_MEETING_DEADLINE).isWaitingAt(SCHEDULE_MEETING);
		assertThat(runtimeService().getVariable(sip.getId(), SipProcess.MEETING_DEADLINE_MISSED.name())).isEqualTo(true);
		assertThat(recipients()).containsExactly(SOCIAL_SERVICES_MAIL);
		MimeMessage escalation = mailbox.received()[0];
		assertThat(escalation.getSubject()).startsWith("SIP-mötet är försenat");
		assertThat(body(escalation)).contains("senast 2026-12-14");
	}

	@Test
	void a_meeting_booked_after_the_deadline_is_held_but_not_within_it() {
		ProcessInstance sip = socialServicesRequestSip();
		giveConsent(sip);
		scheduleMeeting(sip, "2026-12-20");
		Jobs.runAsyncContinuations(sip.getId());
		EngineClock.advance(Duration.ofDays(28));
		fireTimer(sip, MEETING_DEADLINE_PASSED);
		Jobs.runAsyncContinuations(sip.getId());

		complete(task(RECORD_MEETING_HELD, sip), Map.of("meetingHeld", true));

		assertThat(sip).isWaitingAt(WRITE_PLAN).hasPassed(ESCALATE_MEETING_DEADLINE);
		assertThat(runtimeService().getVariable(sip.getId(), SipProcess.MEETING_HELD_WITHIN_DEADLINE.name())).isEqualTo(false);
	}

	// --- plan and follow-up

	@Test
	void a_plan_with_two_actions_and_huvudansvar_is_sent_to_all_participants() throws Exception {
		ProcessInstance sip = sipAtPlan();
		Task plan = task(WRITE_PLAN, sip);
		assertThat(plan).hasCandidateGroup(SipFixtures.MUNICIPALITY_UNIT);

		complete(plan, planVariables(SipFixtures.MUNICIPALITY, "2027-02-01"));
		assertThat(sip).isWaitingAt(SEND_PLAN);
		Jobs.runAsyncContinuations(sip.getId());

		assertThat(sip).isWaitingAt(FOLLOW_UP_DUE);
		assertThat(runtimeService().getVariable(sip.getId(), SipProcess.PLAN_VERSION.name())).isEqualTo(1);
		assertThat(recipients()).containsExactlyInAnyOrder(SOCIAL_SERVICES_MAIL, PSYCHIATRY_MAIL, PST_MAIL,
				SipFixtures.SCHOOL_COUNSELLOR_MAIL, SipFixtures.FK_MAIL);
		MimeMessage notice = mailTo(SipFixtures.FK_MAIL);
		assertThat(notice.getSubject()).isEqualTo("SIP-plan fastställd – " + sip.getBusinessKey());
		String body = body(notice);
		assertThat(body).contains("Huvudansvar: Gävle kommun", "Uppföljning: 2027-02-01",
				"- Stödsamtal varannan vecka – ansvarig: Region Gävleborg, Psykiatri Gävleborg – klart senast 2027-01-10",
				"- Boendestöd två dagar i veckan – ansvarig: Gävle kommun, Socialtjänsten – klart senast 2026-12-15");
		assertThat(body).doesNotContain("191212", "121212-1212");
	}

	@Test
	void a_plan_without_actions_is_rejected_and_the_task_stays_open() {
		ProcessInstance sip = sipAtPlan();
		Map<String, Object> variables = planVariables(SipFixtures.MUNICIPALITY, "2027-02-01");
		variables.put(SipProcess.ACTIONS.name(), SpinValues.jsonValue("[]").create());

		assertPlanRejected(sip, variables, "Planen måste ha minst en insats");
	}

	@Test
	void a_plan_whose_huvudansvar_does_not_take_part_is_rejected_and_the_task_stays_open() {
		ProcessInstance sip = sipAtPlan();

		assertPlanRejected(sip, planVariables("Sandvikens kommun", "2027-02-01"), "Huvudansvaret måste ligga hos en av de deltagande");
	}

	@Test
	void a_plan_whose_huvudansvar_does_not_take_part_through_engine_rest_is_a_400_naming_the_field() {
		ProcessInstance sip = sipAtPlan();
		Task plan = task(WRITE_PLAN, sip);

		ResponseEntity<String> response = http.withBasicAuth(SipFixtures.SOCIAL_WORKER, "demo").postForEntity(
				"/engine-rest/task/" + plan.getId() + "/submit-form", Map.of("variables", Map.of(
						SipProcess.ACTIONS.name(), Map.of("value", SipPlanTest.twoActionsJson(), "type", "Json"),
						SipProcess.HUVUDANSVAR.name(), Map.of("value", "Sandvikens kommun"),
						SipProcess.FOLLOW_UP_DATE.name(), Map.of("value", "2027-02-01"))), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("huvudansvar: Huvudansvaret måste ligga hos en av de deltagande");
		assertThat(sip).isWaitingAt(WRITE_PLAN);
	}

	@Test
	void a_plan_with_a_follow_up_in_the_past_is_rejected_and_the_task_stays_open() {
		ProcessInstance sip = sipAtPlan();

		assertPlanRejected(sip, planVariables(SipFixtures.MUNICIPALITY, "2026-11-30"), "Uppföljningen måste ligga efter dagens datum");
	}

	@Test
	void two_follow_up_rounds_with_revised_plans_then_closing() {
		ProcessInstance sip = sipAtPlan();
		complete(task(WRITE_PLAN, sip), planVariables(SipFixtures.MUNICIPALITY, "2027-02-01"));
		Jobs.runAsyncContinuations(sip.getId());

		// first follow-up: continue with a revised plan and a new date, huvudansvar moves to the region
		EngineClock.setTo(Instant.parse("2027-02-01T07:00:01Z"));
		fireTimer(sip, FOLLOW_UP_DUE);
		complete(task(FOLLOW_UP_PLAN, sip), Map.of("followUpDecision", "continue", "followUpNote", "Boendestödet fortsätter"));
		assertThat(sip).isWaitingAt(WRITE_PLAN);
		complete(task(WRITE_PLAN, sip), planVariables(SipFixtures.REGION, "2027-05-01"));
		Jobs.runAsyncContinuations(sip.getId());

		// second follow-up: continue again
		EngineClock.setTo(Instant.parse("2027-05-01T06:00:01Z"));
		fireTimer(sip, FOLLOW_UP_DUE);
		complete(task(FOLLOW_UP_PLAN, sip), Map.of("followUpDecision", "continue"));
		complete(task(WRITE_PLAN, sip), planVariables(SipFixtures.REGION, "2027-08-01"));
		Jobs.runAsyncContinuations(sip.getId());

		// third follow-up: the goals are met, close
		EngineClock.setTo(Instant.parse("2027-08-01T06:00:01Z"));
		fireTimer(sip, FOLLOW_UP_DUE);
		complete(task(FOLLOW_UP_PLAN, sip), Map.of("followUpDecision", "close", "followUpNote", "Målen uppnådda"));

		assertThat(sip).isEnded().hasPassed(SIP_CLOSED);
		assertThat(historicVariable(sip, SipProcess.PLAN_VERSION.name())).isEqualTo(3);
		assertThat(historicVariable(sip, SipProcess.HUVUDANSVAR.name())).isEqualTo(SipFixtures.REGION);
		assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(sip.getId())
			.activityId(FOLLOW_UP_PLAN).count()).isEqualTo(3);
	}

	@Test
	void every_sip_form_is_deployed() {
		var repository = engine.getRepositoryService();
		List<String> deployed = repository.createDeploymentQuery().list().stream()
			.flatMap(deployment -> repository.getDeploymentResourceNames(deployment.getId()).stream())
			.map(name -> name.substring(name.lastIndexOf('/') + 1)).toList();

		assertThat(deployed).contains("sip-coordination.bpmn", "sip-consent.form", "sip-consent-follow-up.form", "sip-meeting.form",
				"sip-meeting-confirmation.form", "sip-meeting-held.form", "sip-plan.form", "sip-follow-up.form");
	}

	// --- helpers: the pathway as staff and patient walk it

	private ProcessInstance socialServicesRequestSip() {
		return coordination.request(rules.request(SipFixtures.socialServicesRequestWithPsychiatryAndSchool()), SipFixtures.SOCIAL_WORKER);
	}

	private void giveConsent(ProcessInstance sip) {
		complete(task(GIVE_CONSENT, sip), Map.of("consent", "yes", "informationLimits", "Skolan får inte veta diagnosen",
				"relativesTakingPart", "Mamma, Eva"));
	}

	private void scheduleMeeting(ProcessInstance sip, String date) {
		complete(task(SCHEDULE_MEETING, sip), Map.of("meetingDate", date, "meetingTime", "13:00",
				"meetingPlace", "Socialkontoret, Drottninggatan 1"));
	}

	private ProcessInstance sipAtPlan() {
		ProcessInstance sip = socialServicesRequestSip();
		giveConsent(sip);
		scheduleMeeting(sip, "2026-12-03");
		Jobs.runAsyncContinuations(sip.getId());
		EngineClock.advance(Duration.ofDays(10));
		complete(task(RECORD_MEETING_HELD, sip), Map.of("meetingHeld", true));
		mailbox.clear();
		return sip;
	}

	private static Map<String, Object> planVariables(String huvudansvar, String followUpDate) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(SipProcess.ACTIONS.name(), SpinValues.jsonValue(SipPlanTest.twoActionsJson()).create());
		variables.put(SipProcess.HUVUDANSVAR.name(), huvudansvar);
		variables.put(SipProcess.FOLLOW_UP_DATE.name(), followUpDate);
		return variables;
	}

	private void assertPlanRejected(ProcessInstance sip, Map<String, Object> variables, String reason) {
		Task plan = task(WRITE_PLAN, sip);

		assertThatThrownBy(() -> taskService().complete(plan.getId(), variables)).hasMessageContaining(reason);

		assertThat(sip).isWaitingAt(WRITE_PLAN);
		assertThat(taskService().createTaskQuery().taskId(plan.getId()).count()).isEqualTo(1);
		assertThat(runtimeService().getVariable(sip.getId(), SipProcess.HUVUDANSVAR.name())).isNull();
		assertThat(runtimeService().getVariable(sip.getId(), SipProcess.PLAN_VERSION.name())).isNull();
	}

	private Task confirmationFor(ProcessInstance sip, String unit) {
		return taskService().createTaskQuery().processInstanceId(sip.getId()).taskDefinitionKey(CONFIRM_ATTENDANCE)
			.taskCandidateGroup(unit).singleResult();
	}

	private void fireTimer(ProcessInstance sip, String activityId) {
		Job timer = managementService().createJobQuery().processInstanceId(sip.getId()).activityId(activityId).timers().singleResult();
		assertThat(timer).as("timer of %s", activityId).isNotNull();
		assertThat(timer.getDuedate()).as("%s is due", activityId).isBeforeOrEqualTo(Date.from(EngineClock.now()));
		managementService().executeJob(timer.getId());
	}

	private Object historicVariable(ProcessInstance sip, String name) {
		return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(sip.getId()).variableName(name)
			.singleResult().getValue();
	}

	private List<String> recipients() {
		return Arrays.stream(mailbox.received()).map(Mailbox::recipientOf).toList();
	}

	private static String body(MimeMessage message) {
		return Mailbox.body(message);
	}

	private MimeMessage mailTo(String address) throws Exception {
		for (MimeMessage message : mailbox.received()) {
			if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
				return message;
			}
		}
		throw new AssertionError("no mail to " + address);
	}

}
