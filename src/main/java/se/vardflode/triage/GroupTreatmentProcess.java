package se.vardflode.triage;

import static se.vardflode.kernel.ProcessVariable.integer;
import static se.vardflode.kernel.ProcessVariable.string;

import se.vardflode.kernel.ProcessVariable;

/**
 * {@code processes/group-treatment.bpmn}: one digital group of a PST unit ("Ångestskola", "Stresskola"). How many
 * start a group and how many it takes at most is {@code vardflode.triage.group-size} (seed 001: "3–6 deltagare");
 * the group's instance keeps the minimum it started with in {@link #MIN_PARTICIPANTS}, which its start condition
 * reads.
 */
public final class GroupTreatmentProcess {

	public static final String KEY = "group-treatment";

	static final String PATIENT_JOINS = "patientJoinsGroup";
	static final String GROUP_STARTED = "groupStarted";

	// activity ids
	static final String ENOUGH_PARTICIPANTS = "enoughParticipants";
	/** Completed: the group started (the KPIs' groups started and patients per group). */
	public static final String START_GROUP = "startGroup";
	static final String NOTIFY_PARTICIPANTS = "notifyParticipants";

	/** {@code OPEN} while patients may join, {@code STARTED} after. */
	static final String OPEN = "OPEN";
	static final String STARTED = "STARTED";

	/** The route that led to it: {@code ANXIETY_SCHOOL} or {@code STRESS_SCHOOL}. */
	static final ProcessVariable<String> GROUP_TYPE = string("groupType");
	static final ProcessVariable<String> GROUP_NAME = string("groupName");
	static final ProcessVariable<String> PST_UNIT_ID = TriageProcess.PST_UNIT_ID;
	static final ProcessVariable<String> GROUP_STATUS = string("groupStatus");
	/** How many have joined; at the group's start, how many it started with (the KPI's patients per group). */
	public static final ProcessVariable<Integer> PARTICIPANT_COUNT = integer("participantCount");
	/** From {@code vardflode.triage.group-size.min}: the start condition {@code ${participantCount >= minParticipants}}. */
	static final ProcessVariable<Integer> MIN_PARTICIPANTS = integer("minParticipants");
	/** The participants' pst-triage instances, comma-separated. */
	static final ProcessVariable<String> PARTICIPANT_INSTANCE_IDS = string("participantInstanceIds");
	/** Of the message patientJoinsGroup: the joining patient's pst-triage instance. */
	static final ProcessVariable<String> JOINING_PATIENT_INSTANCE_ID = string("joiningPatientInstanceId");
	/** From the form start-group, sent on to each participant with the message groupStarted. */
	static final ProcessVariable<Object> GROUP_MEETING_INFO = ProcessVariable.of("groupMeetingInfo", Object.class);

	private GroupTreatmentProcess() {
	}

	static String nameOf(String route) {
		return switch (route) {
			case "ANXIETY_SCHOOL" -> "Ångestskola";
			case "STRESS_SCHOOL" -> "Stresskola";
			default -> throw new IllegalArgumentException("No group treatment for route " + route);
		};
	}

}
