package se.vardflode.patient;

/**
 * The convention for patient tasks in every pathway: a user task assigned to {@code patient:<twelve digits>}, the
 * patient's {@link Personnummer#value()}. Pathways put {@link #of(Personnummer)} in a process variable and the BPMN
 * assigns the task with an expression reading it; the patient page finds the patient's tasks by it, and staff
 * (who are never that user) cannot complete them.
 */
public final class PatientAssignee {

	static final String PREFIX = "patient:";

	private PatientAssignee() {
	}

	public static String of(Personnummer patient) {
		return PREFIX + patient.value();
	}

	static boolean isPatient(String assignee) {
		return assignee != null && assignee.startsWith(PREFIX) && assignee.substring(PREFIX.length()).matches("\\d{12}");
	}

	/** The patient of an assignee for which {@link #isPatient(String)} holds. */
	static Personnummer patientOf(String assignee) {
		return Personnummer.fromStorage(assignee.substring(PREFIX.length()));
	}

}
