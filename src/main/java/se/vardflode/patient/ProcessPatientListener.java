package se.vardflode.patient;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import se.vardflode.kernel.Personnummer;

/**
 * Records which patient a process instance is about as it starts, in the starting transaction: from its start
 * variables or, for a call activity that names no patient, from the instance that called it. Installed on every
 * process by {@link StaffReadAuditPlugin} as a built-in listener, so it also runs when an instance is started at an
 * activity with custom listeners skipped.
 */
class ProcessPatientListener implements ExecutionListener {

	private final ProcessPatients processPatients;

	ProcessPatientListener(ProcessPatients processPatients) {
		this.processPatients = processPatients;
	}

	@Override
	public void notify(DelegateExecution execution) {
		patientOf(execution).ifPresent(patient -> processPatients.register(execution.getProcessInstanceId(), patient));
	}

	private static Optional<Personnummer> patientOf(DelegateExecution execution) {
		// the calling execution's variables include its instance's; above it, that instance's own caller
		for (DelegateExecution scope = execution; scope != null; scope = scope.getProcessInstance().getSuperExecution()) {
			Optional<Personnummer> named = ProcessPatients.namedIn(scope);
			if (named.isPresent()) {
				return named;
			}
		}
		return Optional.empty();
	}

}
