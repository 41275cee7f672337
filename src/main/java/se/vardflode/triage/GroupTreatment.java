package se.vardflode.triage;

/** The digital groups PST runs ("Ångestskola", "Stresskola"): 3 to start, at most 6 (seed 001: "3–6 deltagare"). */
final class GroupTreatment {

	static final String PROCESS_KEY = "group-treatment";
	static final String PATIENT_JOINS = "patientJoinsGroup";
	static final String GROUP_STARTED = "groupStarted";
	static final int MIN_PARTICIPANTS = 3;
	static final int MAX_PARTICIPANTS = 6;
	static final String OPEN = "OPEN";
	static final String STARTED = "STARTED";

	private GroupTreatment() {
	}

	static String nameOf(String route) {
		return switch (route) {
			case "ANXIETY_SCHOOL" -> "Ångestskola";
			case "STRESS_SCHOOL" -> "Stresskola";
			default -> throw new IllegalArgumentException("No group treatment for route " + route);
		};
	}

}
