package se.vardflode.patient;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;

import se.vardflode.kernel.Personnummer;

/**
 * Patients entering the pathways as staff enter them, through the project's API (the requests of the README), so
 * that each process instance is started with the variables its entry point gives it. Remembers what it started, for
 * the clean-up of a test that shares its database with the others.
 */
final class PathwayEntries {

	static final String PATIENT_EMAIL = "patient@example.invalid";
	static final String CONTACT_REASON = "Nedstämd och sover dåligt";
	private static final ObjectMapper JSON = new ObjectMapper();

	private final int port;
	private final List<String> instances = new ArrayList<>();
	private final List<String> chats = new ArrayList<>();

	PathwayEntries(int port) {
		this.port = port;
	}

	/** The advice line registers a phone contact: a pst-triage instance, whose first task is the nurse's triage. */
	String triageContact(Personnummer patient) {
		return triageContact(patient, "");
	}

	/** The same, with a call-back promised in three hours: promised-call-back runs as its call activity. */
	String triageContactWithCallBack(Personnummer patient) {
		return triageContact(patient, ",\"callBackAt\":\"" + Instant.now().plus(Duration.ofHours(3)) + "\"");
	}

	private String triageContact(Personnummer patient, String callBack) {
		return started(StaffHttp.basic(port, "radgivning.erik").postJson("/api/triage-contacts", """
				{"personnummer":"%s","healthCentreUnitId":"vc-gavle","channel":"PHONE",
				 "contactReason":"%s","patientEmail":"%s"%s}""".formatted(patient.formatted(), CONTACT_REASON, PATIENT_EMAIL, callBack)));
	}

	/** The health centre refers a severe depression to psychiatry. */
	String referral(Personnummer patient) {
		return started(StaffHttp.basic(port, "vc.anders").postJson("/api/referrals", """
				{"personnummer":"%s","patientEmail":"%s","sendingUnitId":"vc-gavle","direction":"PRIMARY_TO_PSYCHIATRY",
				 "request":"TAKEOVER","reason":"Svår depressiv episod","diagnosisCode":"F32.2","severity":"SEVERE",
				 "suicideRisk":"MODERATE","failedAntidepressantTrials":1,"failedPsychologicalTreatments":0,"psychoticSymptoms":false}"""
			.formatted(patient.formatted(), PATIENT_EMAIL)));
	}

	/** Social services ask for a SIP with psychiatry; for a child, with Lova Testsson as her custodian. */
	String sip(Personnummer patient) {
		String custodians = patient.ageOn(LocalDate.now()) < 18 ? "[{\"personnummer\":\"19890101-9805\"}]" : "[]";
		return started(StaffHttp.basic(port, "kommun.eva").postJson("/api/sip-requests", """
				{"patientPersonnummer":"%s","patientEmail":"%s","initiatingOrganisation":"Gävle kommun",
				 "initiatingUnitId":"kommun-gavle-socialtjanst","reason":"Behöver samordnade insatser",
				 "participants":{"regionUnitIds":["psykiatri-gavleborg"],"external":[]},"custodians":%s}"""
			.formatted(patient.formatted(), PATIENT_EMAIL, custodians)));
	}

	/** The midwife enrolls an expecting mother in an MVC chat; returns the chat's id. */
	String mvcChat(Personnummer mother) {
		HttpResponse<String> response = StaffHttp.basic(port, "mvc.maria").postJson("/api/enrollments", """
				{"careType":"MVC","unitId":"mvc-gavle","personnummer":"%s","email":"%s","dueDate":"%s"}"""
			.formatted(mother.formatted(), PATIENT_EMAIL, LocalDate.now().plusMonths(5)));
		JsonNode body = created(response);
		chats.add(body.path("chatId").asText());
		instances.add(body.path("processInstanceId").asText());
		return body.path("chatId").asText();
	}

	/** The partner asks to join the mother's chat: a chat-participant-consent instance for the mother's consent. */
	String partnerJoins(String chatId, Personnummer partner) {
		return started(StaffHttp.basic(port, "mvc.maria").postJson("/api/chats/" + chatId + "/participants", """
				{"personnummer":"%s","email":"partner@example.invalid","custodian":false}""".formatted(partner.formatted())));
	}

	/** The chat's own process instance. */
	String chatProcessOf(String chatId, JdbcTemplate jdbc) {
		return jdbc.queryForObject("select process_instance_id from chat_channel where id = ?", String.class, chatId);
	}

	void removeAll(RuntimeService runtimeService, JdbcTemplate jdbc) {
		for (String instance : instances) {
			runtimeService.deleteProcessInstanceIfExists(instance, "test done", true, true, true, false);
		}
		for (String chat : chats) {
			jdbc.update("delete from chat_participant where chat_id = ?", chat);
			jdbc.update("delete from chat_channel where id = ?", chat);
		}
	}

	private String started(HttpResponse<String> response) {
		String instance = created(response).path("processInstanceId").asText();
		instances.add(instance);
		return instance;
	}

	private static JsonNode created(HttpResponse<String> response) {
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("The entry point answered " + response.statusCode() + ": " + response.body());
		}
		try {
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(response.body(), ex);
		}
	}

}
