package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static se.vardflode.patient.PatientTaskFixtures.LOVA;
import static se.vardflode.patient.PatientTaskFixtures.TOLVAN;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.vardflode.VardflodeTest;
import se.vardflode.kernel.Personnummer;
import se.vardflode.triage.CallBackFixtures;

/**
 * Which patient each pathway's process instances are about, as their entry points start them: the register the PDL
 * log looks staff reads up in, and the migration that fills it for instances started before it.
 */
@VardflodeTest
class ProcessPatientsTest {

	static final Personnummer NILS = Personnummer.parse("20100223-9802");

	@LocalServerPort
	int port;
	@Autowired
	ProcessPatients processPatients;
	@Autowired
	JdbcTemplate jdbc;

	PathwayEntries entries;

	@BeforeEach
	void entries() {
		entries = new PathwayEntries(port);
	}

	@AfterEach
	void removeThem() {
		entries.removeAll(runtimeService(), jdbc);
	}

	@Test
	void every_pathway_names_its_patient_as_it_starts() {
		String triage = entries.triageContactWithCallBack(TOLVAN);
		String callBack = calledBy(triage);
		String referral = entries.referral(LOVA);
		String sip = entries.sip(NILS);
		String chatId = entries.mvcChat(LOVA);
		String chat = entries.chatProcessOf(chatId, jdbc);
		String partnerConsent = entries.partnerJoins(chatId, TOLVAN);

		assertThat(processPatients.patientsOf(List.of(triage, callBack, referral, sip, chat, partnerConsent)))
			.containsExactlyInAnyOrderEntriesOf(Map.of(triage, TOLVAN, callBack, TOLVAN, referral, LOVA, sip, NILS, chat, LOVA,
					// the consent to a new participant is about the chat's patient, not about the one joining
					partnerConsent, LOVA));
	}

	@Test
	void an_instance_about_no_patient_is_not_in_the_register() {
		String reminder = CallBackFixtures.adviceLinePromisesCallBack(runtimeService(), Instant.now(), Duration.ofHours(1)).getId();
		try {
			assertThat(processPatients.patientsOf(List.of(reminder))).isEmpty();
		}
		finally {
			runtimeService().deleteProcessInstance(reminder, "test done");
		}
	}

	@Test
	void the_migration_names_the_same_patients_for_instances_started_before_it() {
		List<String> started = List.of(entries.triageContactWithCallBack(TOLVAN), entries.referral(LOVA), entries.sip(NILS),
				entries.chatProcessOf(entries.mvcChat(LOVA), jdbc));
		runtimeService().deleteProcessInstance(started.get(1), "a finished instance keeps its patient");
		// a chat from before this release: its process had no patient variable, only its chat's row names the patient
		runtimeService().deleteProcessInstance(started.get(3), "test of an older chat");
		jdbc.update("delete from act_hi_varinst where proc_inst_id_ = ? and name_ = 'patientReference'", started.get(3));
		List<String> withCallBack = new java.util.ArrayList<>(started);
		withCallBack.add(calledBy(started.get(0)));
		Map<String, String> recorded = register(jdbc);

		Map<String, String> backfilled = backfilledRegister(jdbc);

		assertThat(backfilled).containsAllEntriesOf(withCallBack.stream().collect(Collectors.toMap(id -> id, recorded::get)));
		assertThat(withCallBack).allSatisfy(instance -> assertThat(recorded).containsKey(instance));
	}

	private String calledBy(String instance) {
		return runtimeService().createProcessInstanceQuery().superProcessInstanceId(instance).singleResult().getId();
	}

	/**
	 * What the migration's backfill makes of the whole database: the register emptied and filled by it, read, and put
	 * back as the instances' starts recorded it (the other tests' instances keep their rows).
	 */
	static Map<String, String> backfilledRegister(JdbcTemplate jdbc) {
		Map<String, String> recorded = register(jdbc);
		try {
			jdbc.update("delete from patient_process_instance");
			jdbc.update(backfill());
			return register(jdbc);
		}
		finally {
			jdbc.update("delete from patient_process_instance");
			recorded.forEach((instance, patient) -> jdbc.update(
					"insert into patient_process_instance (process_instance_id, patient_reference) values (?, ?)", instance, patient));
		}
	}

	private static Map<String, String> register(JdbcTemplate jdbc) {
		return jdbc.query("select process_instance_id, patient_reference from patient_process_instance",
				(row, i) -> Map.entry(row.getString(1), row.getString(2))).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The migration's statement that fills the register from the engine's history and the chats' rows. */
	static String backfill() {
		try (InputStream migration = ProcessPatientsTest.class.getResourceAsStream("/db/migration/V103__staff_reads_in_access_log.sql")) {
			String sql = new String(migration.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.strip().startsWith("--"))
				.collect(Collectors.joining("\n"));
			return Arrays.stream(sql.split(";")).map(String::strip).filter(statement -> statement.startsWith("insert into patient_process_instance"))
				.findFirst().orElseThrow();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
