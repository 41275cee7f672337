package se.vardflode.patient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import se.vardflode.kernel.PatientAssignee;
import se.vardflode.kernel.Personnummer;

/**
 * Which patient each process instance is about (table {@code patient_process_instance}, Flyway V103): recorded once,
 * when the instance starts ({@link ProcessPatientListener}), and looked up for every staff read
 * ({@link StaffEngineReads}), for running and finished instances alike. An instance about no patient has no row.
 *
 * <p>The pathways name their patient in a process variable: {@value #PATIENT_REFERENCE} ({@link PatientAssignee},
 * triage, questionnaires, SIP, chats), {@code personnummer} (triage, referrals) or, in older models and tests,
 * {@code patientPersonnummer} or {@code patientId} (twelve digits). A call activity without one (the promised
 * call-back) is about its calling instance's patient.
 */
@Repository
class ProcessPatients {

	static final String PATIENT_REFERENCE = "patientReference";
	/** In this order: the first one set names the patient. The backfill in V103 reads the same names. */
	static final List<String> PATIENT_VARIABLES = List.of(PATIENT_REFERENCE, "personnummer", "patientPersonnummer", "patientId");
	// one statement per chunk: a read of thousands of instances stays a handful of queries
	private static final int CHUNK = 1000;

	private final NamedParameterJdbcTemplate jdbc;

	ProcessPatients(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void register(String processInstanceId, Personnummer patient) {
		jdbc.update("insert into patient_process_instance (process_instance_id, patient_reference) values (:instance, :patient)",
				new MapSqlParameterSource("instance", processInstanceId).addValue("patient", patient.value()));
	}

	/** The patients of those instances that are about one; instances about no patient are left out. */
	Map<String, Personnummer> patientsOf(Collection<String> processInstanceIds) {
		Map<String, Personnummer> patients = new HashMap<>();
		List<String> ids = new ArrayList<>(processInstanceIds);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			jdbc.query("select process_instance_id, patient_reference from patient_process_instance where process_instance_id in (:ids)",
					new MapSqlParameterSource("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))),
					row -> {
						patients.put(row.getString("process_instance_id"), Personnummer.fromStorage(row.getString("patient_reference")));
					});
		}
		return patients;
	}

	/**
	 * The patient a scope's variables name, if any: a {@code patient:}-reference or twelve digits. A value of another
	 * shape names no patient (the pathways validate the number where it enters).
	 */
	static Optional<Personnummer> namedIn(VariableScope scope) {
		for (String name : PATIENT_VARIABLES) {
			if (scope.getVariable(name) instanceof String value) {
				Optional<Personnummer> patient = value.matches("\\d{12}") ? Optional.of(Personnummer.fromStorage(value))
						: PatientAssignee.patientOf(value);
				if (patient.isPresent()) {
					return patient;
				}
			}
		}
		return Optional.empty();
	}

}
