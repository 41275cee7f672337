package se.vardflode.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.notification.Inboxes;
import se.vardflode.notification.TestSmtp;

/** The real sip-coordination.bpmn and SIP forms on the real engine, with mail to a real SMTP server. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SipCoordinationProcessTest {

	// activity ids (stable: history and KPIs use them)
	static final String GIVE_CONSENT = "giveConsent";
	static final String CONSENT_REMINDER_DUE = "consentReminderDue";
	static final String REMIND_PATIENT = "remindPatientOfConsent";
	static final String CONSENT_ANSWER_MISSING = "consentAnswerMissing";
	static final String CONTACT_PATIENT = "contactPatientAboutConsent";
	static final String ENDED_NO_CONSENT_ANSWER = "sipEndedNoConsentAnswer";
	static final String NOTIFY_DECLINE = "notifyCoordinatorOfDecline";
	static final String ENDED_CONSENT_DECLINED = "sipEndedConsentDeclined";
	static final String MEETING = "meeting";
	static final String SCHEDULE_MEETING = "scheduleMeeting";
	static final String SEND_INVITATIONS = "sendMeetingInvitations";
	static final String CONFIRM_ATTENDANCE = "confirmAttendance";
	static final String RECORD_MEETING_HELD = "recordMeetingHeld";
	static final String MEETING_DEADLINE_PASSED = "meetingDeadlinePassed";
	static final String ESCALATE_MEETING_DEADLINE = "escalateMeetingDeadline";
	static final String WRITE_PLAN = "writePlan";
	static final String SEND_PLAN = "sendPlanToParticipants";
	static final String FOLLOW_UP_DUE = "followUpDue";
	static final String FOLLOW_UP_PLAN = "followUpPlan";
	static final String SIP_CLOSED = "sipClosed";
	static final String NOTIFY_PARTICIPANTS_OF_WITHDRAWAL = "notifyParticipantsOfWithdrawal";
	static final String NOTIFY_COORDINATOR_OF_WITHDRAWAL = "notifyCoordinatorOfWithdrawal";
	static final String ENDED_CONSENT_WITHDRAWN = "sipEndedConsentWithdrawn";

	static final String PATIENT_TASK_ASSIGNEE = "patient:191212121212";
	static final String SOCIAL_SERVICES_MAIL = "socialtjanst@kommun.example";
	static final String PSYCHIATRY_MAIL = "psykiatri-gavleborg@region.example";
	static final String PST_MAIL = "pst-sodra-halsingland@region.example";

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.extension();

	@Autowired
	ProcessEngine engine;
	@Autowired
	RuntimeService runtimeService;
	@Autowired
	TaskService taskService;
	@Autowired
	ManagementService managementService;
	@Autowired
	FormService formService;
	@Autowired
	SipCoordination coordination;
	@Autowired
	SipRequestValidator validator;
	@Autowired
	TestRestTemplate http;

	Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@Autowired
	JdbcClient jdbc;
	Inboxes inboxes;

	@BeforeEach
	void setUp() {
		AbstractAssertions.init(engine);
		ClockUtil.setCurrentTime(Date.from(now));
		inboxes = new Inboxes(jdbc);
		inboxes.clear();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	/** The Spring context (and its database) is shared with other test classes, whose unit task lists must not see these SIPs. */
	@AfterEach
	void removeSips() {
		runtimeService.createProcessInstanceQuery().processDefinitionKey(SipCoordination.PROCESS_KEY).list()
			.forEach(sip -> runtimeService.deleteProcessInstance(sip.getId(), "test finished", true, true));
	}

	// --- consent

	@Test
	void the_patient_is_asked_for_consent_in_a_patient_task_with_the_consent_form() throws Exception {
		ProcessInstance sip = socialServicesRequestSip();

		assertThat(sip).isWaitingAt(GIVE_CONSENT);
		assertThat(sip.getBusinessKey()).startsWith("SIP-");
		Task consent = task(sip, GIVE_CONSENT);
		assertThat(consent.getAssignee()).isEqualTo(PATIENT_TASK_ASSIGNEE);
		assertThat(taskService.getIdentityLinksForTask(consent.getId())).noneMatch(link -> link.getGroupId() != null);
		String form = new String(formService.getDeployedTaskForm(consent.getId()).readAllBytes());
		assertThat(form).contains("\"id\": \"sip-consent\"", "\"key\": \"consent\"");
	}

	@Test
	void consent_yes_opens_the_meeting_booking_for_the_initiating_unit_with_the_deadline() {
		ProcessInstance sip = socialServicesRequestSip();

		giveConsent(sip);

		assertThat(sip).isWaitingAt(SCHEDULE_MEETING);
		Task booking = task(sip, SCHEDULE_MEETING);
		assertThat(booking).hasCandidateGroup(SipFixtures.MUNICIPALITY_UNIT);
		assertThat(booking.getDueDate()).isEqualTo(Date.from(now.plus(Duration.ofDays(21))));
		assertThat(runtimeService.getVariable(sip.getId(), SipVariables.CONSENTED_AT)).isEqualTo(Date.from(now));
	}

	@Test
	void participants_the_patient_does_not_accept_are_neither_invited_nor_told_the_plan() throws Exception {
		ProcessInstance sip = socialServicesRequestSip();

		complete(task(sip, GIVE_CONSENT), Map.of("consent", "yes", "acceptedParticipants",
				SpinValues.jsonValue("[\"" + SipFixtures.PSYCHIATRY_UNIT + "\", \"" + SipFixtures.FK_MAIL + "\"]").create()));
		scheduleMeeting(sip, "2026-12-03");
		runAsyncJobs(sip);

		assertThat(recipients()).containsExactly(SipFixtures.FK_MAIL);
		assertThat(taskService.createTaskQuery().processInstanceId(sip.getId()).taskDefinitionKey(CONFIRM_ATTENDANCE).list())
			.singleElement().satisfies(confirmation -> assertThat(confirmation).hasCandidateGroup(SipFixtures.PSYCHIATRY_UNIT));

		moveClockBy(Duration.ofDays(10));
		complete(task(sip, RECORD_MEETING_HELD), Map.of("meetingHeld", true));
		purgeMail();
		assertThatThrownBy(() -> taskService.complete(task(sip, WRITE_PLAN).getId(), planVariables(SipFixtures.SCHOOL, "2027-02-01")))
			.hasMessageContaining("Huvudansvaret måste ligga hos en av de deltagande organisationerna: Gävle kommun, Region Gävleborg, Försäkringskassan");
		complete(task(sip, WRITE_PLAN), planVariables("Försäkringskassan", "2027-02-01"));
		runAsyncJobs(sip);

		assertThat(recipients()).containsExactlyInAnyOrder(SOCIAL_SERVICES_MAIL, PSYCHIATRY_MAIL, SipFixtures.FK_MAIL);
	}

	@Test
	void consent_no_ends_the_sip_with_the_reason_and_tells_only_the_initiating_unit() throws Exception {
		ProcessInstance sip = socialServicesRequestSip();

		complete(task(sip, GIVE_CONSENT), Map.of("consent", "no", "declineReason", "Vill inte att skolan får veta"));
		assertThat(sip).isWaitingAt(NOTIFY_DECLINE);
		runAsyncJobs(sip);

		assertThat(sip).isEnded().hasPassed(ENDED_CONSENT_DECLINED).hasNotPassed(MEETING);
		assertThat(historicVariable(sip, "declineReason")).isEqualTo("Vill inte att skolan får veta");
		assertThat(recipients()).containsExactly(SOCIAL_SERVICES_MAIL);
		assertThat(smtp.getReceivedMessages()[0].getSubject()).startsWith("Patienten samtycker inte till SIP");
	}

	@Test
	void no_answer_reminds_the_patient_after_7_days_and_gives_the_coordinator_a_task_after_14() throws Exception {
		ProcessInstance sip = socialServicesRequestSip();

		moveClockBy(Duration.ofDays(7).plusMinutes(1));
		fireTimer(sip, CONSENT_REMINDER_DUE);
		runAsyncJobs(sip);

		assertThat(sip).isWaitingAt(GIVE_CONSENT).hasPassed(REMIND_PATIENT);
		assertThat(recipients()).containsExactly(SipFixtures.PATIENT_EMAIL);
		MimeMessage reminder = smtp.getReceivedMessages()[0];
		assertThat(reminder.getSubject()).isEqualTo(Inboxes.NOTICE_SUBJECT);
		assertThat(inboxes.recipientsOf("Påminnelse: fråga om samtycke från Kommun Gävle socialtjänst")).containsExactly(SipFixtures.PATIENT);
		assertThat(body(reminder)).doesNotContain("1212");

		moveClockBy(Duration.ofDays(7));
		fireTimer(sip, CONSENT_ANSWER_MISSING);

		assertThat(sip).isWaitingAt(GIVE_CONSENT, CONTACT_PATIENT);
		assertThat(task(sip, CONTACT_PATIENT)).hasCandidateGroup(SipFixtures.MUNICIPALITY_UNIT);

		complete(task(sip, CONTACT_PATIENT), Map.of("consentFollowUpDecision", "close", "consentFollowUpNote", "Nåddes inte"));

		assertThat(sip).isEnded().hasPassed(ENDED_NO_CONSENT_ANSWER);
		assertThat(taskService.createTaskQuery().processInstanceId(sip.getId()).count()).isZero();
	}

	@Test
	void the_coordinator_may_keep_waiting_and_a_late_consent_still_counts() {
		ProcessInstance sip = socialServicesRequestSip();
		moveClockBy(Duration.ofDays(14).plusMinutes(1));
		fireTimer(sip, CONSENT_REMINDER_DUE);
		fireTimer(sip, CONSENT_ANSWER_MISSING);

		complete(task(sip, CONTACT_PATIENT), Map.of("consentFollowUpDecision", "wait"));
		giveConsent(sip);

		assertThat(sip).isWaitingAt(SCHEDULE_MEETING);
	}

	@Test
	void withdrawal_after_the_invitations_ends_the_sip_and_tells_every_participant() throws Exception {
		ProcessInstance sip = socialServicesRequestSip();
		giveConsent(sip);
		scheduleMeeting(sip, "2026-12-03");
		runAsyncJobs(sip);
		purgeMail();

		assertThat(coordination.withdrawConsent(sip.getBusinessKey(), SipFixtures.SOCIAL_WORKER, Set.of(SipFixtures.MUNICIPALITY_UNIT)))
			.isEqualTo(SipCoordination.Withdrawal.WITHDRAWN);
		runAsyncJobs(sip);

		assertThat(sip).isEnded().hasPassed(NOTIFY_PARTICIPANTS_OF_WITHDRAWAL, ENDED_CONSENT_WITHDRAWN);
		assertThat(taskService.createTaskQuery().processInstanceId(sip.getId()).count()).isZero();
		assertThat(recipients()).containsExactlyInAnyOrder(SOCIAL_SERVICES_MAIL, PSYCHIATRY_MAIL, PST_MAIL,
				SipFixtures.SCHOOL_COUNSELLOR_MAIL, SipFixtures.FK_MAIL);
		assertThat(smtp.getReceivedMessages()[0].getSubject()).startsWith("SIP avslutad – samtycket har återkallats");
		assertThat(historicVariable(sip, SipVariables.CONSENT_WITHDRAWN_BY)).isEqualTo(SipFixtures.SOCIAL_WORKER);
	}

	@Test
	void withdrawal_before_consent_tells_only_the_initiating_unit() throws Exception {
		ProcessInstance sip = socialServicesRequestSip();

		coordination.withdrawConsent(sip.getBusinessKey(), SipFixtures.SOCIAL_WORKER, Set.of(SipFixtures.MUNICIPALITY_UNIT));
		runAsyncJobs(sip);

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
		runAsyncJobs(sip);

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
		runAsyncJobs(sip);

		List<Task> confirmations = taskService.createTaskQuery().processInstanceId(sip.getId()).taskDefinitionKey(CONFIRM_ATTENDANCE).list();
		assertThat(confirmations).hasSize(2);
		Task psychiatry = confirmationFor(sip, SipFixtures.PSYCHIATRY_UNIT);
		complete(psychiatry, Map.of("attending", "yes", "representative", "Johan Dahlberg"));
		complete(confirmationFor(sip, SipFixtures.PST_UNIT), Map.of("attending", "no"));

		assertThat(runtimeService.getVariable(sip.getId(), SipVariables.CONFIRMED_PARTICIPANTS))
			.isEqualTo("Psykiatri Gävleborg: deltar (Johan Dahlberg); PST Södra Hälsingland: deltar inte");
		assertThat(task(sip, RECORD_MEETING_HELD)).hasCandidateGroup(SipFixtures.MUNICIPALITY_UNIT);
	}

	@Test
	void a_meeting_recorded_as_held_within_the_deadline_leads_to_the_plan_and_cancels_open_confirmations() {
		ProcessInstance sip = socialServicesRequestSip();
		giveConsent(sip);
		scheduleMeeting(sip, "2026-12-03");
		runAsyncJobs(sip);

		moveClockBy(Duration.ofDays(10));
		complete(task(sip, RECORD_MEETING_HELD), Map.of("meetingHeld", true, "meetingNote", "Alla närvarade"));

		assertThat(sip).isWaitingAt(WRITE_PLAN);
		assertThat(taskService.createTaskQuery().processInstanceId(sip.getId()).taskDefinitionKey(CONFIRM_ATTENDANCE).count()).isZero();
		assertThat(runtimeService.getVariable(sip.getId(), SipVariables.MEETING_HELD_WITHIN_DEADLINE)).isEqualTo(true);
		assertThat(managementService.createJobQuery().processInstanceId(sip.getId()).count()).isZero();
	}

	@Test
	void a_booking_in_the_past_or_without_a_place_is_refused_and_the_task_stays_open() {
		ProcessInstance sip = socialServicesRequestSip();
		giveConsent(sip);
		Task booking = task(sip, SCHEDULE_MEETING);

		assertThatThrownBy(() -> taskService.complete(booking.getId(), Map.of("meetingDate", "2026-11-01", "meetingTime", "10:00",
				"meetingPlace", "Rum 3"))).hasMessageContaining("Mötet måste ligga framåt i tiden");
		assertThatThrownBy(() -> taskService.complete(booking.getId(), Map.of("meetingDate", "2026-12-01", "meetingTime", "10:00")))
			.hasMessageContaining("meetingPlace");

		assertThat(sip).isWaitingAt(SCHEDULE_MEETING);
		assertThat(runtimeService.getVariable(sip.getId(), "meetingDate")).isNull();
	}

	@Test
	void a_meeting_not_held_by_the_deadline_is_escalated_to_the_initiating_unit() throws Exception {
		ProcessInstance sip = socialServicesRequestSip();
		giveConsent(sip);

		moveClockBy(Duration.ofDays(21).plusMinutes(1));
		fireTimer(sip, MEETING_DEADLINE_PASSED);
		runAsyncJobs(sip);

		assertThat(sip).hasPassed(ESCALATE_MEETING_DEADLINE).isWaitingAt(SCHEDULE_MEETING);
		assertThat(runtimeService.getVariable(sip.getId(), SipVariables.MEETING_DEADLINE_MISSED)).isEqualTo(true);
		assertThat(recipients()).containsExactly(SOCIAL_SERVICES_MAIL);
		MimeMessage escalation = smtp.getReceivedMessages()[0];
		assertThat(escalation.getSubject()).startsWith("SIP-mötet är försenat");
		assertThat(body(escalation)).contains("senast 2026-12-14");
	}

	@Test
	void a_meeting_booked_after_the_deadline_is_held_but_not_within_it() {
		ProcessInstance sip = socialServicesRequestSip();
		giveConsent(sip);
		scheduleMeeting(sip, "2026-12-20");
		runAsyncJobs(sip);
		moveClockBy(Duration.ofDays(28));
		fireTimer(sip, MEETING_DEADLINE_PASSED);
		runAsyncJobs(sip);

		complete(task(sip, RECORD_MEETING_HELD), Map.of("meetingHeld", true));

		assertThat(sip).isWaitingAt(WRITE_PLAN).hasPassed(ESCALATE_MEETING_DEADLINE);
		assertThat(runtimeService.getVariable(sip.getId(), SipVariables.MEETING_HELD_WITHIN_DEADLINE)).isEqualTo(false);
	}

	// --- plan and follow-up

	@Test
	void a_plan_with_two_actions_and_huvudansvar_is_sent_to_all_participants() throws Exception {
		ProcessInstance sip = sipAtPlan();
		Task plan = task(sip, WRITE_PLAN);
		assertThat(plan).hasCandidateGroup(SipFixtures.MUNICIPALITY_UNIT);

		complete(plan, planVariables(SipFixtures.MUNICIPALITY, "2027-02-01"));
		assertThat(sip).isWaitingAt(SEND_PLAN);
		runAsyncJobs(sip);

		assertThat(sip).isWaitingAt(FOLLOW_UP_DUE);
		assertThat(runtimeService.getVariable(sip.getId(), SipVariables.PLAN_VERSION)).isEqualTo(1);
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
		variables.put(SipVariables.ACTIONS, SpinValues.jsonValue("[]").create());

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
		Task plan = task(sip, WRITE_PLAN);

		ResponseEntity<String> response = http.withBasicAuth(SipFixtures.SOCIAL_WORKER, "demo").postForEntity(
				"/engine-rest/task/" + plan.getId() + "/submit-form", Map.of("variables", Map.of(
						SipVariables.ACTIONS, Map.of("value", SipPlanTest.twoActionsJson(), "type", "Json"),
						SipVariables.HUVUDANSVAR, Map.of("value", "Sandvikens kommun"),
						SipVariables.FOLLOW_UP_DATE, Map.of("value", "2027-02-01"))), String.class);

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
		complete(task(sip, WRITE_PLAN), planVariables(SipFixtures.MUNICIPALITY, "2027-02-01"));
		runAsyncJobs(sip);

		// first follow-up: continue with a revised plan and a new date, huvudansvar moves to the region
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-01T07:00:01Z")));
		fireTimer(sip, FOLLOW_UP_DUE);
		complete(task(sip, FOLLOW_UP_PLAN), Map.of("followUpDecision", "continue", "followUpNote", "Boendestödet fortsätter"));
		assertThat(sip).isWaitingAt(WRITE_PLAN);
		complete(task(sip, WRITE_PLAN), planVariables(SipFixtures.REGION, "2027-05-01"));
		runAsyncJobs(sip);

		// second follow-up: continue again
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-05-01T06:00:01Z")));
		fireTimer(sip, FOLLOW_UP_DUE);
		complete(task(sip, FOLLOW_UP_PLAN), Map.of("followUpDecision", "continue"));
		complete(task(sip, WRITE_PLAN), planVariables(SipFixtures.REGION, "2027-08-01"));
		runAsyncJobs(sip);

		// third follow-up: the goals are met, close
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-08-01T06:00:01Z")));
		fireTimer(sip, FOLLOW_UP_DUE);
		complete(task(sip, FOLLOW_UP_PLAN), Map.of("followUpDecision", "close", "followUpNote", "Målen uppnådda"));

		assertThat(sip).isEnded().hasPassed(SIP_CLOSED);
		assertThat(historicVariable(sip, SipVariables.PLAN_VERSION)).isEqualTo(3);
		assertThat(historicVariable(sip, SipVariables.HUVUDANSVAR)).isEqualTo(SipFixtures.REGION);
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
		SipRequestValidator.Result result = validator.validate(SipFixtures.socialServicesRequestWithPsychiatryAndSchool(), LocalDate.of(2026, 11, 23));
		return coordination.request(result.request().orElseThrow(), SipFixtures.SOCIAL_WORKER);
	}

	private void giveConsent(ProcessInstance sip) {
		complete(task(sip, GIVE_CONSENT), Map.of("consent", "yes", "informationLimits", "Skolan får inte veta diagnosen",
				"relativesTakingPart", "Mamma, Eva"));
	}

	private void scheduleMeeting(ProcessInstance sip, String date) {
		complete(task(sip, SCHEDULE_MEETING), Map.of("meetingDate", date, "meetingTime", "13:00",
				"meetingPlace", "Socialkontoret, Drottninggatan 1"));
	}

	private ProcessInstance sipAtPlan() {
		ProcessInstance sip = socialServicesRequestSip();
		giveConsent(sip);
		scheduleMeeting(sip, "2026-12-03");
		runAsyncJobs(sip);
		moveClockBy(Duration.ofDays(10));
		complete(task(sip, RECORD_MEETING_HELD), Map.of("meetingHeld", true));
		purgeMail();
		return sip;
	}

	private static Map<String, Object> planVariables(String huvudansvar, String followUpDate) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(SipVariables.ACTIONS, SpinValues.jsonValue(SipPlanTest.twoActionsJson()).create());
		variables.put(SipVariables.HUVUDANSVAR, huvudansvar);
		variables.put(SipVariables.FOLLOW_UP_DATE, followUpDate);
		return variables;
	}

	private void assertPlanRejected(ProcessInstance sip, Map<String, Object> variables, String reason) {
		Task plan = task(sip, WRITE_PLAN);

		assertThatThrownBy(() -> taskService.complete(plan.getId(), variables)).hasMessageContaining(reason);

		assertThat(sip).isWaitingAt(WRITE_PLAN);
		assertThat(taskService.createTaskQuery().taskId(plan.getId()).count()).isEqualTo(1);
		assertThat(runtimeService.getVariable(sip.getId(), SipVariables.HUVUDANSVAR)).isNull();
		assertThat(runtimeService.getVariable(sip.getId(), SipVariables.PLAN_VERSION)).isNull();
	}

	private static void purgeMail() {
		try {
			smtp.purgeEmailFromAllMailboxes();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Task task(ProcessInstance sip, String activityId) {
		return taskService.createTaskQuery().processInstanceId(sip.getId()).taskDefinitionKey(activityId).singleResult();
	}

	private Task confirmationFor(ProcessInstance sip, String unit) {
		return taskService.createTaskQuery().processInstanceId(sip.getId()).taskDefinitionKey(CONFIRM_ATTENDANCE)
			.taskCandidateGroup(unit).singleResult();
	}

	private void complete(Task task, Map<String, Object> variables) {
		assertThat(task).as("open task").isNotNull();
		taskService.complete(task.getId(), variables);
	}

	private void moveClockBy(Duration duration) {
		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
	}

	private void fireTimer(ProcessInstance sip, String activityId) {
		Job timer = managementService.createJobQuery().processInstanceId(sip.getId()).activityId(activityId).timers().singleResult();
		assertThat(timer).as("timer of %s", activityId).isNotNull();
		assertThat(timer.getDuedate()).as("%s is due", activityId).isBeforeOrEqualTo(ClockUtil.getCurrentTime());
		managementService.executeJob(timer.getId());
	}

	/** Runs the async continuations (mail) that are waiting, as the job executor would. */
	private void runAsyncJobs(ProcessInstance sip) {
		List<Job> jobs = managementService.createJobQuery().processInstanceId(sip.getId()).messages().list();
		while (!jobs.isEmpty()) {
			jobs.forEach(job -> managementService.executeJob(job.getId()));
			jobs = managementService.createJobQuery().processInstanceId(sip.getId()).messages().list();
		}
	}

	private Object historicVariable(ProcessInstance sip, String name) {
		return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(sip.getId()).variableName(name)
			.singleResult().getValue();
	}

	private List<String> recipients() throws Exception {
		return Arrays.stream(smtp.getReceivedMessages()).map(message -> {
			try {
				return message.getRecipients(Message.RecipientType.TO)[0].toString();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String body(MimeMessage message) throws Exception {
		return (String) message.getContent();
	}

	private MimeMessage mailTo(String address) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
				return message;
			}
		}
		throw new AssertionError("no mail to " + address);
	}

}
