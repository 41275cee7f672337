package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import se.vardflode.EngineClock;
import se.vardflode.Inboxes;
import se.vardflode.Mailbox;
import se.vardflode.VardflodeTest;
import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;

/**
 * Every message the pathways give a patient or a custodian, sent through the pathways as staff and patients work
 * them (the project's API, the engine's tasks, the patient API, the engine clock for the timers): each mail to one of
 * them is the neutral notice, its subject and body free of the words that would tell a reader of a shared inbox what
 * care it is about, with the link to the patient page; and what it used to say is in that person's own inbox,
 * through the patient API. Every template under {@code mail/patient/} must be among them: a new message kind fails
 * here until a pathway below sends it.
 */
@VardflodeTest
@TestPropertySource(properties = {
		// a context of its own (its demo patients): an engine name of its own, so that it does not replace the other
		// contexts' engine "default" in Camunda's JVM-wide registry, which /engine-rest finds engines by
		"camunda.bpm.process-engine-name=patientmails",
		"vardflode.patient.demo.patients[0].personnummer=19900110-9801", "vardflode.patient.demo.patients[0].name=Sara Egenvård",
		"vardflode.patient.demo.patients[1].personnummer=19900111-9818", "vardflode.patient.demo.patients[1].name=Greta Grupp",
		"vardflode.patient.demo.patients[2].personnummer=19900112-9825", "vardflode.patient.demo.patients[2].name=Gun Grupp",
		"vardflode.patient.demo.patients[3].personnummer=19900113-9832", "vardflode.patient.demo.patients[3].name=Gull Grupp",
		"vardflode.patient.demo.patients[4].personnummer=19900114-9849", "vardflode.patient.demo.patients[4].name=Rut Remiss",
		"vardflode.patient.demo.patients[5].personnummer=19900115-9855", "vardflode.patient.demo.patients[5].name=Rakel Remiss",
		"vardflode.patient.demo.patients[6].personnummer=19900116-9862", "vardflode.patient.demo.patients[6].name=Signe Sip",
		"vardflode.patient.demo.patients[7].personnummer=20080808-9874", "vardflode.patient.demo.patients[7].name=Ung Testsson",
		"vardflode.patient.demo.patients[8].personnummer=19900117-9887", "vardflode.patient.demo.patients[8].name=Maja Mamma",
		"vardflode.patient.demo.patients[9].personnummer=19900118-9894", "vardflode.patient.demo.patients[9].name=Bodil Vårdnadshavare",
		"vardflode.patient.demo.patients[10].personnummer=19950704-9873", "vardflode.patient.demo.patients[10].name=Pelle Pappa" })
class PatientMailsTest {

	/** Whom the pathways below tell something, each with an address of her own so that each mail has one reader. */
	record Person(String personnummer, String name, String email) {
	}

	static final Person SELF_CARE = new Person("19900110-9801", "Sara Egenvård", "sara@example.invalid");
	static final List<Person> GROUP = List.of(new Person("19900111-9818", "Greta Grupp", "greta@example.invalid"),
			new Person("19900112-9825", "Gun Grupp", "gun@example.invalid"), new Person("19900113-9832", "Gull Grupp", "gull@example.invalid"));
	static final Person REFERRED = new Person("19900114-9849", "Rut Remiss", "rut@example.invalid");
	static final Person KEPT = new Person("19900115-9855", "Rakel Remiss", "rakel@example.invalid");
	static final Person SIP = new Person("19900116-9862", "Signe Sip", "signe@example.invalid");
	static final Person YOUTH = new Person("20080808-9874", "Ung Testsson", "ung@example.invalid");
	static final Person MOTHER = new Person("19900117-9887", "Maja Mamma", "maja@example.invalid");
	static final Person GUARDIAN = new Person("19900118-9894", "Bodil Vårdnadshavare", "bodil@example.invalid");
	static final Person FATHER = new Person("19950704-9873", "Pelle Pappa", "pelle@example.invalid");
	/** Born 2026-05-12: has the BVC chat's messages in an inbox of its own, and no address. */
	static final String CHILD = "20260512-9820";
	static final List<Person> EVERYONE = List.of(SELF_CARE, GROUP.get(0), GROUP.get(1), GROUP.get(2), REFERRED, KEPT, SIP, YOUTH, MOTHER,
			GUARDIAN, FATHER);

	static final String PATIENT_PAGE = "http://localhost:8080/patient/";

	/**
	 * What a notice must not say: the names and ids of every unit (a youth clinic, a maternity clinic, psychiatry, PST,
	 * social services), the kinds of care, group names, instruments, scores and what they measure, diagnoses, pathways.
	 */
	static final List<String> FORBIDDEN_WORDS = List.of("MVC", "BVC", "UM", "PST", "BUP", "SIP", "PHQ", "GAD", "AUDIT", "DUDIT", "mödravård",
			"barnavård", "barnhälsovård", "ungdomsmottagning", "psykiatri", "psykolog", "kurator", "socialtjänst", "kommun", "Ångestskola",
			"Stresskola", "grupp", "poäng", "nedstämd", "ångest", "oro", "stress", "depression", "depressiv", "alkohol", "drog", "suicid",
			"självmord", "diagnos", "F32", "remiss", "egenvård", "samordnad", "chatt", "gravid", "förlossning", "formulär", "samtycke",
			"vårdnadshavare", "barnet");

	final Mailbox mailbox = Mailbox.get();

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	CareUnits careUnits;

	@Test
	void every_mail_to_a_patient_or_custodian_is_a_neutral_notice_and_what_it_said_is_in_her_inbox() throws Exception {
		selfCareAfterAQuestionnaireThatWasReminded();
		anAnxietyGroupStarts();
		pstClosesAContactWithoutFurtherCare();
		referralsAcceptedAndKept();
		aSipConsentReminded();
		sipRequestsAnswered();
		youthClinicChatOpenedAndClosedByThePatient();
		maternityChatReminded();
		childHealthChatWithASecondCustodian();
		aPromisedCallBackThatNeverReachesHer();

		Map<String, List<MimeMessage>> mailsByReader = new LinkedHashMap<>();
		for (MimeMessage mail : mailbox.received()) {
			mailsByReader.computeIfAbsent(Mailbox.recipientOf(mail), address -> new ArrayList<>()).add(mail);
		}
		for (Person person : EVERYONE) {
			List<MimeMessage> mails = mailsByReader.getOrDefault(person.email(), List.of());
			assertThat(mails).as("mails to %s", person.name()).isNotEmpty();
			for (MimeMessage mail : mails) {
				assertIsANeutralNotice(mail, person);
			}
			assertInboxHoldsOneMessagePerNotice(person, mails.size());
		}
		assertThat(new Inboxes(jdbc).titlesFor(CHILD)).contains("Välkommen till chatten med BVC Gävle");

		assertThat(kindsSent()).as("every patient message has been sent by a pathway in this test").containsAll(messageTemplates());
	}

	private void assertIsANeutralNotice(MimeMessage mail, Person reader) throws Exception {
		String subject = mail.getSubject();
		String body = Mailbox.body(mail);
		assertThat(subject).isEqualTo(Inboxes.NOTICE_SUBJECT);
		assertThat(body).contains(PATIENT_PAGE);
		for (String text : List.of(subject, body)) {
			for (String word : forbiddenWords()) {
				assertThat(forbidden(word).matcher(text).find()).as("'%s' in a mail to %s: %s", word, reader.name(), text).isFalse();
			}
			assertThat(text).doesNotContain(reader.personnummer(), reader.personnummer().replace("-", ""), reader.personnummer().substring(2),
					reader.name(), reader.name().split(" ")[0]);
		}
	}

	/** She logs in and finds a message for each notice, reads each, and each is then read; her inbox has no one else's. */
	private void assertInboxHoldsOneMessagePerNotice(Person person, int notices) {
		PatientSession session = new PatientSession(port);
		assertThat(session.logIn(person.personnummer(), PatientTaskFixtures.DEMO_PASSWORD)).endsWith("/patient/");
		JsonNode inbox = PatientSession.json(session.get("/api/patient/messages"));
		assertThat(inbox.path("messages")).as("%s's inbox", person.name()).hasSize(notices);
		assertThat(inbox.path("unread").asInt()).isEqualTo(notices);
		for (JsonNode summary : inbox.path("messages")) {
			HttpResponse<String> opened = session.get("/api/patient/messages/" + summary.path("id").asText());
			assertThat(opened.statusCode()).isEqualTo(200);
			JsonNode message = PatientSession.json(opened);
			assertThat(message.path("title").asText()).isEqualTo(summary.path("title").asText()).isNotBlank();
			assertThat(message.path("body").asText()).isNotBlank().doesNotContain("{{");
			assertThat(message.path("unit").asText()).isNotBlank();
			assertThat(jdbc.sql("select patient_reference from patient_message where id = :id").param("id", message.path("id").asText())
				.query(String.class).single()).isEqualTo(person.personnummer().replace("-", ""));
		}
		assertThat(PatientSession.json(session.get("/api/patient/messages")).path("unread").asInt()).isZero();
	}

	// --- the pathways, as staff and patients work them ---

	/** PHQ-9 reminded after two days, answered mildly in the patient page: self-care advice. */
	private void selfCareAfterAQuestionnaireThatWasReminded() {
		String contact = triageContact(SELF_CARE, "DEPRESSION", "sendPhq9");
		runJobs();
		String questionnaire = runtimeService().createProcessInstanceQuery().superProcessInstanceId(contact).singleResult().getId();
		EngineClock.advance(Duration.ofDays(2).plusMinutes(1));
		execute(timer(questionnaire, "reminderDue"));
		runJobs();
		PatientSession patient = loggedIn(SELF_CARE);
		JsonNode task = PatientSession.json(patient.get("/api/patient/tasks")).path("tasks").get(0);
		assertThat(task.path("name").asText()).isEqualTo("PHQ-9 – frågor om nedstämdhet");
		// six items "several days": PHQ-9 6, mild
		assertThat(patient.postJson("/api/patient/tasks/" + task.path("id").asText(), answers("phq9_q", 9, 1, 1, 1, 1, 1, 1, 0, 0, 0))
			.statusCode()).isEqualTo(204);
		runJobs();
		assertThat(new Inboxes(jdbc).titlesFor(SELF_CARE.personnummer())).containsExactlyInAnyOrder("Du har fått ett formulär från Rådgivningen",
				"Påminnelse: du har ett obesvarat formulär", "Råd från Vårdcentralen Gävle efter din kontakt");
	}

	/** Three patients with anxiety answer GAD-7 (11), accept the anxiety school, and PST starts the group. */
	private void anAnxietyGroupStarts() {
		for (Person patient : GROUP) {
			String contact = triageContact(patient, "ANXIETY", "sendGad7");
			runJobs();
			PatientSession session = loggedIn(patient);
			String taskId = PatientSession.json(session.get("/api/patient/tasks")).path("tasks").get(0).path("id").asText();
			assertThat(session.postJson("/api/patient/tasks/" + taskId, answers("gad7_q", 7, 2, 2, 2, 2, 1, 1, 1)).statusCode()).isEqualTo(204);
			complete(openTask(contact, "offerGroupTreatment"), Map.of("groupOfferOutcome", "ACCEPTED"));
			runJobs();
		}
		String group = runtimeService().createProcessInstanceQuery().processDefinitionKey("group-treatment").singleResult().getId();
		complete(openTask(group, "startGroup"), Map.of("groupMeetingInfo", "Måndag 7 december kl. 15.00, länk i 1177"));
		runJobs();
		for (Person patient : GROUP) {
			assertThat(new Inboxes(jdbc).titlesFor(patient.personnummer())).contains("Din grupp startar – Ångestskola");
		}
	}

	/** PHQ-9 12 (moderate) to a PST assessment, which ends the contact: she is told so. */
	private void pstClosesAContactWithoutFurtherCare() {
		String contact = triageContact(KEPT, "DEPRESSION", "sendPhq9");
		runJobs();
		PatientSession patient = loggedIn(KEPT);
		String taskId = PatientSession.json(patient.get("/api/patient/tasks")).path("tasks").get(0).path("id").asText();
		assertThat(patient.postJson("/api/patient/tasks/" + taskId, answers("phq9_q", 9, 2, 2, 2, 2, 2, 1, 1, 0, 0)).statusCode()).isEqualTo(204);
		runJobs();
		complete(openTask(contact, "pstAssessment"), Map.of("pstDecision", "NO_FURTHER_CARE", "pstNote", "Inget behov av vidare vård nu"));
		runJobs();
		assertThat(new Inboxes(jdbc).titlesFor(KEPT.personnummer())).contains("Din kontakt med Vårdcentralen Gävle avslutas");
	}

	/** One referral to psychiatry accepted; another returned twice, and the joint consultation keeps it at the sender. */
	private void referralsAcceptedAndKept() {
		String accepted = referral(REFERRED);
		runJobs();
		complete(openTask(accepted, "assessReferral"), Map.of("assessment", "ACCEPT"));
		runJobs();

		String kept = referral(KEPT);
		runJobs();
		complete(openTask(kept, "assessReferral"), Map.of("assessment", "RETURN", "returnReason", "Ange tidigare behandlingsförsök"));
		complete(openTask(kept, "reviseReferral"), Map.of("revision", "RESEND", "revisionNote", "Två SSRI utan effekt"));
		complete(openTask(kept, "assessReferral"), Map.of("assessment", "RETURN", "returnReason", "Primärvården kan fortsätta"));
		complete(openTask(kept, "consultationSendingUnit"), Map.of("sendingUnitProposal", "SENDING", "sendingUnitPosition", "Vårdcentralen kan fortsätta"));
		complete(openTask(kept, "consultationReceivingUnit"), Map.of("responsibleUnit", "SENDING", "consultationNote", "Vårdcentralen fortsätter"));
		runJobs();
		assertThat(new Inboxes(jdbc).titlesFor(KEPT.personnummer())).contains("Besked om din remiss");
	}

	/** Social services ask for a SIP; a week without an answer reminds the patient. */
	private void aSipConsentReminded() {
		String sip = started(StaffHttp.basic(port, "kommun.eva").postJson("/api/sip-requests", """
				{"patientPersonnummer":"%s","patientEmail":"%s","initiatingOrganisation":"Gävle kommun",
				 "initiatingUnitId":"kommun-gavle-socialtjanst","reason":"Behöver samordnade insatser",
				 "participants":{"regionUnitIds":["psykiatri-gavleborg"],"external":[]}}""".formatted(SIP.personnummer(), SIP.email())));
		runJobs();
		EngineClock.advance(Duration.ofDays(7).plusMinutes(1));
		execute(timer(sip, "consentReminderDue"));
		runJobs();
		// she consents in her patient page; the meeting and the plan reach her there, the participants only a notice
		PatientSession patient = loggedIn(SIP);
		String consent = PatientSession.json(patient.get("/api/patient/tasks")).path("tasks").get(0).path("id").asText();
		assertThat(patient.postJson("/api/patient/tasks/" + consent, Map.of("consent", "yes", "acceptedParticipants",
				List.of("psykiatri-gavleborg"))).statusCode()).isEqualTo(204);
		runJobs();
		LocalDate today = LocalDate.ofInstant(EngineClock.now(), java.time.ZoneId.of("Europe/Stockholm"));
		complete(openTask(sip, "scheduleMeeting"), Map.of("meetingDate", today.plusDays(3).toString(), "meetingTime", "13:00",
				"meetingPlace", "Socialkontoret, Drottninggatan 1"));
		runJobs();
		complete(openTask(sip, "recordMeetingHeld"), Map.of("meetingHeld", true));
		complete(openTask(sip, "writePlan"), Map.of("huvudansvar", "Gävle kommun", "followUpDate", today.plusDays(60).toString(), "actions",
				SpinValues.jsonValue("""
						[{"what":"Stödsamtal varannan vecka","responsibleOrganisation":"Region Gävleborg","responsibleUnit":"Psykiatri Gävleborg","dueBy":"%s"}]"""
					.formatted(today.plusDays(40))).create()));
		runJobs();
		assertThat(new Inboxes(jdbc).titlesFor(SIP.personnummer())).anyMatch(title -> title.startsWith("Kallelse till SIP-möte"))
			.anyMatch(title -> title.startsWith("Din SIP-plan"));
	}

	/** Two patients ask for a SIP in the patient page: one is refused with reasons, the other's is granted. */
	private void sipRequestsAnswered() {
		for (Person patient : List.of(REFERRED, KEPT)) {
			PatientSession session = loggedIn(patient);
			assertThat(session.postJson("/api/patient/sip-requests", Map.of("unitId", "kommun-gavle-socialtjanst", "reason", "Behöver samordning",
					"email", patient.email())).statusCode()).isEqualTo(201);
		}
		List<Task> decisions = taskService().createTaskQuery().processDefinitionKey("sip-request").orderByTaskCreateTime().asc().list();
		assertThat(decisions).hasSize(2);
		complete(decisions.get(0), Map.of("sipRequestDecision", "refuse", "sipRequestAnswer", "Insatserna samordnas redan."));
		complete(decisions.get(1), Map.of("sipRequestDecision", "accept", "sipRequestAnswer", "Vi kallar till SIP.",
				"initiatingOrganisation", "Gävle kommun", "regionUnitIds", SpinValues.jsonValue("[\"psykiatri-gavleborg\"]").create(),
				"externalParticipants", SpinValues.jsonValue("[]").create()));
		runJobs();
	}

	/** A youth clinic chat: welcome, and the patient has it closed. */
	private void youthClinicChatOpenedAndClosedByThePatient() {
		JsonNode chat = created(StaffHttp.basic(port, "um.sara").postJson("/api/enrollments", """
				{"careType":"UM","unitId":"um-gavle","personnummer":"%s","email":"%s"}""".formatted(YOUTH.personnummer(), YOUTH.email())));
		runJobs();
		assertThat(StaffHttp.basic(port, "um.sara").postJson("/api/chats/" + chat.path("chatId").asText() + "/close",
				"{\"closedBy\":\"PATIENT\",\"reason\":\"Vill inte ha chatten längre\"}").statusCode()).isEqualTo(204);
		runJobs();
	}

	/** A maternity chat two weeks before it closes: the mother is reminded. */
	private void maternityChatReminded() {
		JsonNode chat = created(StaffHttp.basic(port, "mvc.maria").postJson("/api/enrollments", """
				{"careType":"MVC","unitId":"mvc-gavle","personnummer":"%s","email":"%s","dueDate":"%s"}"""
			.formatted(MOTHER.personnummer(), MOTHER.email(), LocalDate.now().plusMonths(5))));
		runJobs();
		String instance = chat.path("processInstanceId").asText();
		Job reminder = timer(instance, "reminderDue");
		EngineClock.setTo(reminder.getDuedate().toInstant().plusSeconds(1));
		execute(reminder);
		runJobs();
	}

	/** A child's chat at BVC with one custodian; the second joins with her consent, given in her patient page. */
	/** PST promised to call; three calls go unanswered, so she is told in her patient page and the unit follows her up. */
	private void aPromisedCallBackThatNeverReachesHer() {
		String callBack = started(StaffHttp.basic(port, "pst.lena").postJson("/api/call-backs", """
				{"unitId":"pst-sodra-halsingland","personnummer":"%s","patientName":"%s","patientPhone":"070-123 45 67","patientEmail":"%s",
				 "callBackAt":"%s","contactReason":"PST lovade att ringa om tid för samtal"}"""
			.formatted(SELF_CARE.personnummer(), SELF_CARE.name(), SELF_CARE.email(), EngineClock.now().plus(Duration.ofHours(2)))));
		for (int attempt = 0; attempt < 3; attempt++) {
			if (attempt > 0) {
				Job next = managementService().createJobQuery().processInstanceId(callBack).timers().singleResult();
				EngineClock.setTo(next.getDuedate().toInstant().plusSeconds(1));
				execute(next);
			}
			Task call = taskService().createTaskQuery().processInstanceId(callBack).singleResult();
			complete(call, Map.of("patientReached", "no-answer", "callNote", "Inget svar"));
		}
		runJobs();
		assertThat(new Inboxes(jdbc).titlesFor(SELF_CARE.personnummer())).contains("Vi har försökt ringa dig");
	}

	private void childHealthChatWithASecondCustodian() {
		JsonNode chat = created(StaffHttp.basic(port, "bvc.karin").postJson("/api/enrollments", """
				{"careType":"BVC","unitId":"bvc-gavle","personnummer":"%s","guardians":[{"personnummer":"%s","email":"%s","custodian":true}]}"""
			.formatted(CHILD, GUARDIAN.personnummer(), GUARDIAN.email())));
		runJobs();
		String chatId = chat.path("chatId").asText();
		// the father is a custodian: he joins on the unit's word, answering the invitation himself
		started(StaffHttp.basic(port, "bvc.karin").postJson("/api/chats/" + chatId + "/participants", """
				{"personnummer":"%s","email":"%s","custodian":true}""".formatted(FATHER.personnummer(), FATHER.email())));
		runJobs();
		PatientSession father = loggedIn(FATHER);
		String invitation = PatientSession.json(father.get("/api/patient/tasks")).path("tasks").get(0).path("id").asText();
		assertThat(father.postJson("/api/patient/tasks/" + invitation, Map.of("consent", "yes")).statusCode()).isEqualTo(204);
		runJobs();
		// an older sibling is not: he joins only with a custodian's consent
		started(StaffHttp.basic(port, "bvc.karin").postJson("/api/chats/" + chatId + "/participants", """
				{"personnummer":"%s","email":"%s","custodian":false}""".formatted(YOUTH.personnummer(), YOUTH.email())));
		runJobs();
		PatientSession guardian = loggedIn(GUARDIAN);
		String consentTask = PatientSession.json(guardian.get("/api/patient/tasks")).path("tasks").get(0).path("id").asText();
		assertThat(guardian.postJson("/api/patient/tasks/" + consentTask, Map.of("consent", "yes")).statusCode()).isEqualTo(204);
		runJobs();
		assertThat(new Inboxes(jdbc).titlesFor(FATHER.personnummer())).containsExactly("Du är inbjuden till ditt barns chatt med BVC Gävle",
				"Välkommen till chatten med BVC Gävle");
		assertThat(new Inboxes(jdbc).titlesFor(YOUTH.personnummer())).contains("Välkommen till chatten med BVC Gävle");
	}


	// --- helpers ---

	private String triageContact(Person patient, String mainProblem, String questionnaire) {
		String contact = started(StaffHttp.basic(port, "radgivning.erik").postJson("/api/triage-contacts", """
				{"personnummer":"%s","healthCentreUnitId":"vc-gavle","channel":"PHONE","contactReason":"Mår inte bra","patientEmail":"%s"}"""
			.formatted(patient.personnummer(), patient.email())));
		Map<String, Object> triage = new HashMap<>(Map.of("acuteSuicideRisk", "no", "assessment", "Bedömd i telefon", "mainProblem", mainProblem,
				"sendPhq9", false, "sendGad7", false, "sendAudit", false, "sendDudit", false));
		triage.put(questionnaire, true);
		complete(openTask(contact, "triageContact"), triage);
		return contact;
	}

	private String referral(Person patient) {
		return started(StaffHttp.basic(port, "vc.anders").postJson("/api/referrals", """
				{"personnummer":"%s","patientEmail":"%s","sendingUnitId":"vc-gavle","direction":"PRIMARY_TO_PSYCHIATRY",
				 "request":"TAKEOVER","reason":"Svår depressiv episod","diagnosisCode":"F32.2","severity":"SEVERE",
				 "suicideRisk":"MODERATE","failedAntidepressantTrials":1,"failedPsychologicalTreatments":0,"psychoticSymptoms":false}"""
			.formatted(patient.personnummer(), patient.email())));
	}

	/** A questionnaire's answers as the page sends them: item n's score as the string the form's option has. */
	private static Map<String, Object> answers(String prefix, int items, int... scores) {
		return IntStream.rangeClosed(1, items).boxed().collect(Collectors.toMap(n -> prefix + n, n -> String.valueOf(scores[n - 1])));
	}

	private PatientSession loggedIn(Person person) {
		PatientSession session = new PatientSession(port);
		assertThat(session.logIn(person.personnummer(), PatientTaskFixtures.DEMO_PASSWORD)).endsWith("/patient/");
		return session;
	}

	/** The asynchronous continuations (mail tasks) of every instance, as the job executor would run them. */
	private void runJobs() {
		List<Job> jobs;
		while (!(jobs = managementService().createJobQuery().messages().executable().list()).isEmpty()) {
			jobs.forEach(job -> managementService().executeJob(job.getId()));
		}
	}

	private Job timer(String processInstanceId, String activityId) {
		return managementService().createJobQuery().processInstanceId(processInstanceId).activityId(activityId).timers().singleResult();
	}

	private Task openTask(String processInstanceId, String activityId) {
		return taskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId).singleResult();
	}

	private void complete(Task task, Map<String, Object> variables) {
		assertThat(task).as("open task").isNotNull();
		taskService().complete(task.getId(), variables);
	}

	private static String started(HttpResponse<String> response) {
		return created(response).path("processInstanceId").asText();
	}

	private static JsonNode created(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 202);
		return PatientSession.json(response);
	}

	private Set<String> kindsSent() {
		return new TreeSet<>(jdbc.sql("select distinct kind from patient_message").query(String.class).list());
	}

	private static Set<String> messageTemplates() throws IOException {
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath:mail/patient/*.mustache");
		return Arrays.stream(templates).map(template -> template.getFilename().replace(".mustache", "")).collect(Collectors.toCollection(TreeSet::new));
	}

	private List<String> forbiddenWords() {
		List<String> words = new ArrayList<>(FORBIDDEN_WORDS);
		for (CareUnit unit : careUnits.units()) {
			words.add(unit.name());
			words.add(unit.id());
		}
		return words;
	}

	/** A word where it starts a word (so that "psykiatri" also finds "psykiatriska"); acronyms as whole words. */
	private static Pattern forbidden(String word) {
		String end = word.equals(word.toUpperCase()) ? "(?![\\p{L}])" : "";
		return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + end, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
