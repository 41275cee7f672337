package se.vardflode.sip;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import se.vardflode.identity.CareUnits;
import se.vardflode.taskcontext.CaseHistory;
import se.vardflode.taskcontext.CaseTask;
import se.vardflode.taskcontext.FormLabels;
import se.vardflode.taskcontext.TaskContext;
import se.vardflode.taskcontext.TaskContextSource;

/**
 * What the tasks of "SIP – samordnad individuell plan" show: why the SIP was asked for and by whom, the consent, the
 * meeting and the plan so far, and what the units and the meeting recorded.
 */
@Component
class SipTaskContext implements TaskContextSource {

	private final CareUnits careUnits;
	private final FormLabels labels;

	SipTaskContext(CareUnits careUnits, FormLabels labels) {
		this.careUnits = careUnits;
		this.labels = labels;
	}

	@Override
	public String processKey() {
		return SipCoordination.PROCESS_KEY;
	}

	@Override
	public void describe(CaseTask task, TaskContext context) {
		String initiator = task.string(SipVariables.UNIT_NAME).orElse("") + task.string(SipVariables.INITIATING_ORGANISATION)
			.map(organisation -> " (" + organisation + ")").orElse("");
		context.from(initiator);
		switch (task.activityId()) {
			case "contactPatientAboutConsent" -> context.deadline("Patienten har inte svarat på frågan om samtycke");
			case "scheduleMeeting" -> context.deadline("SIP-mötet ska hållas senast "
					+ task.string(SipVariables.MEETING_DEADLINE_TEXT).orElse("inom den bestämda tiden"));
			case "recordMeetingHeld", "confirmAttendance" -> context.deadline("SIP-mötet");
			case "writePlan" -> context.deadline("Skriv planen efter mötet");
			case "followUpPlan" -> context.deadline("Uppföljning av planen");
			default -> {
			}
		}
		context.finding("SIP begärd", task.date(SipVariables.SIP_REQUESTED_AT).orElse(null))
			.finding("Samtycke", task.date(SipVariables.CONSENTED_AT).map(consented -> "ja, " + TaskContext.day(consented)).orElse(null))
			.finding("Deltagare", participants(task))
			.finding("Möte", task.date(SipVariables.MEETING_AT).orElse(null))
			.finding("Huvudansvar", task.string(SipVariables.HUVUDANSVAR).orElse(null))
			.finding("Uppföljning", task.date(SipVariables.FOLLOW_UP_AT).map(TaskContext::day).orElse(null))
			.finding("Planversion", task.integer(SipVariables.PLAN_VERSION).map(String::valueOf).orElse(null))
			.text("Anledning till SIP", task.string(SipVariables.REASON).orElse(null))
			.text("Plats", task.string(SipVariables.MEETING_LOCATION).orElse(null));
	}

	@Override
	public void completed(CaseTask task, CaseHistory history) {
		switch (task.activityId()) {
			case "contactPatientAboutConsent" -> history.record("Kontakt med patienten om samtycket", task.string("consentFollowUpNote").orElse(null));
			case "scheduleMeeting" -> history.record("SIP-möte bokat", null);
			case "confirmAttendance" -> history.record("yes".equals(task.string(SipVariables.ATTENDING).orElse(null))
					? "Deltar i mötet" : "Deltar inte i mötet", task.string(SipVariables.REPRESENTATIVE).orElse(null));
			case "recordMeetingHeld" -> history.record(task.isTrue(SipVariables.MEETING_HELD) ? "SIP-mötet hölls" : "SIP-mötet hölls inte",
					task.string("meetingNote").orElse(null));
			case "writePlan" -> history.record("SIP-planen skriven", null);
			case "followUpPlan" -> history.record(labels.optionOrValue("sip-follow-up", SipVariables.FOLLOW_UP_DECISION,
					task.string(SipVariables.FOLLOW_UP_DECISION).orElse(null)), task.string("followUpNote").orElse(null));
			default -> {
			}
		}
	}

	private String participants(CaseTask task) {
		List<String> names = new ArrayList<>();
		task.variable(SipVariables.REGION_PARTICIPANT_UNITS).filter(Collection.class::isInstance).map(Collection.class::cast)
			.ifPresent(ids -> ids.forEach(id -> names.add(careUnits.find(String.valueOf(id)).map(unit -> unit.name()).orElse(String.valueOf(id)))));
		return names.isEmpty() ? null : String.join(", ", names);
	}

}
