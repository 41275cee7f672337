package se.vardflode.kernel;

import java.util.Optional;

/**
 * The convention for patient tasks in every pathway: a user task assigned to {@code patient:<twelve digits>}, the
 * patient's {@link Personnummer#value()}. Pathways put {@link #of(Personnummer)} in the process variable
 * {@code patientReference} and the BPMN assigns the task with {@code camunda:assignee="${patientReference}"}; the
 * patient page finds the patient's tasks by it, and staff (who are never that user) cannot complete them.
 */
public final class PatientAssignee {

	private static final String PREFIX = "patient:";

	private PatientAssignee() {
	}

	public static String of(Personnummer patient) {
		return PREFIX + patient.value();
	}

	/** Whether a task's assignee is a patient, i.e. {@code patient:} and twelve digits. */
	public static boolean isPatient(String assignee) {
		return patientOf(assignee).isPresent();
	}

	/** The patient an assignee (or a {@code patientReference} variable) names, if it names one. */
	public static Optional<Personnummer> patientOf(String assignee) {
		if (assignee == null || !assignee.startsWith(PREFIX) || !assignee.substring(PREFIX.length()).matches("\\d{12}")) {
			return Optional.empty();
		}
		return Optional.of(Personnummer.fromStorage(assignee.substring(PREFIX.length())));
	}

}
