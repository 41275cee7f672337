package se.vardflode.patient;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.Personnummer;

/**
 * Whose case an execution is: the patient its process (or, for a call activity that names none, its caller) names
 * in the variables {@link ProcessPatients} reads, with the name the {@link PatientDirectory} gives for her. The name
 * staff typed at the entry point is the process variable {@value PatientName#VARIABLE}.
 */
@Component
public class CasePatients {

	private final PatientDirectory directory;

	CasePatients(PatientDirectory directory) {
		this.directory = directory;
	}

	public Optional<CasePatient> of(DelegateExecution execution) {
		// the calling execution's variables include its instance's; above it, that instance's own caller
		for (DelegateExecution scope = execution; scope != null; scope = scope.getProcessInstance().getSuperExecution()) {
			Optional<Personnummer> patient = ProcessPatients.namedIn(scope);
			if (patient.isPresent()) {
				return Optional.of(new CasePatient(patient.get(), directory.nameOf(patient.get(), nameGivenIn(execution))));
			}
		}
		return Optional.empty();
	}

	/** The first name given along the same chain: a sub-process may carry its own, else its caller's counts. */
	private static Optional<PatientName> nameGivenIn(DelegateExecution execution) {
		for (DelegateExecution scope = execution; scope != null; scope = scope.getProcessInstance().getSuperExecution()) {
			if (scope.getVariable(PatientName.VARIABLE) instanceof String given && !given.isBlank()) {
				return Optional.of(PatientName.parse(given));
			}
		}
		return Optional.empty();
	}

}
