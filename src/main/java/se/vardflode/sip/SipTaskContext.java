package se.vardflode.sip;

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
		return SipProcess.KEY;
	}

	@Override
	public void describe(CaseTask task, TaskContext context) {
		context.from(task.get(SipProcess.UNIT_NAME).orElse("") + task.get(SipProcess.INITIATING_ORGANISATION)
			.map(organisation -> " (" + organisation + ")").orElse(""));
		switch (task.activityId()) {
			case SipProcess.CONTACT_PATIENT_ABOUT_CONSENT -> context.deadline("Patienten har inte svarat på frågan om samtycke");
			case SipProcess.SCHEDULE_MEETING -> context.deadline("SIP-mötet ska hållas senast "
					+ task.get(SipProcess.MEETING_DEADLINE_TEXT).orElse("inom den bestämda tiden"));
			case SipProcess.RECORD_MEETING_HELD, SipProcess.CONFIRM_ATTENDANCE -> context.deadline("SIP-mötet");
			case SipProcess.WRITE_PLAN -> context.deadline("Skriv planen efter mötet");
			case SipProcess.FOLLOW_UP_PLAN -> context.deadline("Uppföljning av planen");
			default -> {
			}
		}
		context.finding("SIP begärd", task.get(SipProcess.SIP_REQUESTED_AT).orElse(null))
			.finding("Samtycke", task.get(SipProcess.CONSENTED_AT).map(consented -> "ja, " + TaskContext.day(consented)).orElse(null))
			.finding("Svar om samtycke", task.get(SipProcess.CONSENT_ANSWERS).orElse(null))
			.finding("Deltagare", participants(task))
			.finding("Möte", task.get(SipProcess.MEETING_AT).orElse(null))
			.finding("Huvudansvar", task.get(SipProcess.HUVUDANSVAR).map(Object::toString).orElse(null))
			.finding("Uppföljning", task.get(SipProcess.FOLLOW_UP_AT).map(TaskContext::day).orElse(null))
			.finding("Planversion", task.get(SipProcess.PLAN_VERSION).map(String::valueOf).orElse(null))
			.text("Anledning till SIP", task.get(SipProcess.REASON).orElse(null))
			.text("Samtycket: vem som får veta vad", task.get(SipProcess.CONSENT_NOTES).orElse(null))
			.text("Plats", task.get(SipProcess.MEETING_LOCATION).orElse(null));
	}

	@Override
	public void completed(CaseTask task, CaseHistory history) {
		switch (task.activityId()) {
			case SipProcess.CONTACT_PATIENT_ABOUT_CONSENT -> history.record("Kontakt med patienten om samtycket",
					task.get(SipProcess.CONSENT_FOLLOW_UP_NOTE).orElse(null));
			case SipProcess.SCHEDULE_MEETING -> history.record("SIP-möte bokat", null);
			case SipProcess.CONFIRM_ATTENDANCE -> history.record("yes".equals(task.get(SipProcess.ATTENDING).orElse(null)) ? "Deltar i mötet"
					: "Deltar inte i mötet", task.get(SipProcess.REPRESENTATIVE).orElse(null));
			case SipProcess.RECORD_MEETING_HELD -> history.record(task.get(SipProcess.MEETING_HELD).orElse(false) ? "SIP-mötet hölls"
					: "SIP-mötet hölls inte", task.get(SipProcess.MEETING_NOTE).orElse(null));
			case SipProcess.WRITE_PLAN -> history.record("SIP-planen skriven", null);
			case SipProcess.FOLLOW_UP_PLAN -> history.record(labels.optionOrValue("sip-follow-up", SipProcess.FOLLOW_UP_DECISION.name(),
					task.get(SipProcess.FOLLOW_UP_DECISION).orElse(null)), task.get(SipProcess.FOLLOW_UP_NOTE).orElse(null));
			default -> {
			}
		}
	}

	/** The region units taking part, by name. */
	private String participants(CaseTask task) {
		List<String> names = task.get(SipProcess.REGION_PARTICIPANT_UNITS).map(ids -> ((Collection<?>) ids).stream()
			.map(id -> careUnits.find(String.valueOf(id)).map(unit -> unit.name()).orElse(String.valueOf(id))).toList()).orElse(List.of());
		return names.isEmpty() ? null : String.join(", ", names);
	}

}
