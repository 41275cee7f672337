package se.vardflode.referral;

import java.time.Duration;

import org.springframework.stereotype.Component;

import se.vardflode.taskcontext.CaseHistory;
import se.vardflode.taskcontext.CaseTask;
import se.vardflode.taskcontext.FormLabels;
import se.vardflode.taskcontext.TaskContext;
import se.vardflode.taskcontext.TaskContextSource;

/**
 * What every task of "Remiss mellan primärvård och psykiatri" shows: the referral as sent (question, diagnosis,
 * severity, suicide risk, urgency) and its history of returns, requests for more information and replies, so that
 * neither unit has to ask the other what happened before.
 */
@Component
class ReferralTaskContext implements TaskContextSource {

	private final FormLabels labels;
	private final ReferralSettings settings;

	ReferralTaskContext(FormLabels labels, ReferralSettings settings) {
		this.labels = labels;
		this.settings = settings;
	}

	@Override
	public String processKey() {
		return ReferralProcess.KEY;
	}

	@Override
	public void describe(CaseTask task, TaskContext context) {
		String sender = task.get(ReferralProcess.SENDING_UNIT_ID).orElse(null);
		String receiver = task.get(ReferralProcess.RECEIVING_UNIT_ID).orElse(null);
		boolean urgent = "URGENT".equals(task.get(ReferralProcess.URGENCY).orElse(null));
		switch (task.activityId()) {
			case ReferralProcess.ASSESS_REFERRAL -> context.fromUnit(sender).deadline(urgent
					? "Brådskande remiss: bedöm inom " + hours(settings.urgentAssessmentDeadline())
					: "Bedöm remissen inom " + days(settings.assessmentDeadline()));
			case ReferralProcess.REGISTER_FIRST_VISIT -> context.fromUnit(sender).deadline("Vårdgarantin: första besöket inom "
					+ settings.careGuaranteeLimit().getDays() + " dagar från att remissen skickades");
			case ReferralProcess.REGISTER_FIRST_VISIT_IN_PRIMARY_CARE -> context.fromUnit(sender)
				.deadline("Registrera första besöket: då har vårdcentralen tagit över patienten");
			case ReferralProcess.INTERIM_RESPONSIBILITY -> context.fromUnit(receiver).deadline("Ansvaret gäller tills "
					+ task.get(ReferralProcess.RECEIVING_UNIT_NAME).orElse("mottagaren") + " har haft första besöket med patienten");
			case ReferralProcess.CONTACT_RECEIVER_BY_PHONE -> context.fromUnit(sender).deadline("Hög suicidrisk: ring "
					+ task.get(ReferralProcess.RECEIVING_UNIT_NAME).orElse("mottagaren") + " inom " + hours(settings.acuteContactDeadline()));
			case ReferralProcess.DRAFT_REFERRAL -> context.fromUnit(sender).deadline("Skriv och skicka remissen, eller behåll patienten");
			case ReferralProcess.DECIDE_BY_ADVISERS -> context.fromUnit(sender)
				.deadline("Enheterna är oense efter samrådet: besluta inom " + settings.advisersDecisionDeadline().getDays() + " dagar");
			case ReferralProcess.COMPLETE_REFERRAL -> context.fromUnit(receiver).deadline("Komplettera snart: bedömningen väntar på svaret");
			case ReferralProcess.REVISE_REFERRAL -> context.fromUnit(receiver).deadline("Revidera och skicka igen, eller behåll patienten");
			case ReferralProcess.CONSULTATION_SENDING_UNIT -> context.fromUnit(receiver)
				.deadline("Samråd: är enheterna oense beslutar medicinska rådgivare");
			case ReferralProcess.CONSULTATION_RECEIVING_UNIT -> context.fromUnit(sender)
				.deadline("Samråd: är enheterna oense beslutar medicinska rådgivare");
			default -> context.fromUnit(sender);
		}
		context.finding("Remiss", requestType(task) + ", " + direction(task))
			.finding("Från", task.get(ReferralProcess.SENDING_UNIT_NAME).orElse(null))
			.finding("Till", task.get(ReferralProcess.RECEIVING_UNIT_NAME).orElse(null))
			.finding("Diagnos", task.get(ReferralProcess.DIAGNOSIS_CODE)
				.map(code -> code + task.get(ReferralProcess.DIAGNOSIS_GROUP).map(group -> " (" + group(group) + ")").orElse("")).orElse(null))
			.finding("Svårighetsgrad", task.get(ReferralProcess.SEVERITY).map(ReferralTaskContext::severity).orElse(null))
			.finding("Suicidrisk", task.get(ReferralProcess.SUICIDE_RISK).map(ReferralTaskContext::suicideRisk).orElse(null))
			.finding("Psykotiska symtom", task.get(ReferralProcess.PSYCHOTIC_SYMPTOMS).map(ReferralTaskContext::yesNo).orElse(null))
			.finding("Behandlingar utan effekt", treatments(task))
			.finding("Brådskande", yesNo(urgent))
			.finding("Returer", task.get(ReferralProcess.RETURN_COUNT).filter(count -> count > 0).map(String::valueOf).orElse(null))
			.finding("Begärda kompletteringar",
					task.get(ReferralProcess.MORE_INFORMATION_COUNT).filter(count -> count > 0).map(String::valueOf).orElse(null))
			.text("Frågeställning", task.get(ReferralProcess.REASON).orElse(null))
			.text("Rekommenderad uppföljning", task.get(ReferralProcess.RECOMMENDED_FOLLOW_UP).orElse(null))
			.text("Triagens fynd", task.get(ReferralProcess.TRIAGE_SUMMARY).orElse(null));
	}

	@Override
	public void completed(CaseTask task, CaseHistory history) {
		switch (task.activityId()) {
			case ReferralProcess.ASSESS_REFERRAL -> {
				switch (task.get(ReferralProcess.ASSESSMENT).orElse("")) {
					case "ACCEPT" -> history.record("Remissen accepterad", null);
					case "RETURN" -> history.record("Remissen returnerad", task.get(ReferralProcess.RETURN_REASON).orElse(null));
					case "MORE_INFORMATION" -> history.record("Komplettering begärd", task.get(ReferralProcess.QUESTION).orElse(null));
					default -> {
					}
				}
			}
			case ReferralProcess.COMPLETE_REFERRAL -> history.record("Remissen kompletterad", task.get(ReferralProcess.COMPLETION).orElse(null));
			case ReferralProcess.REVISE_REFERRAL -> history.record(
					labels.optionOrValue("referral-revision", ReferralProcess.REVISION.name(), task.get(ReferralProcess.REVISION).orElse(null)),
					task.get(ReferralProcess.REVISION_NOTE).orElse(null));
			case ReferralProcess.INTERIM_RESPONSIBILITY -> history.record("Kontakt med patienten under väntetiden",
					task.get(ReferralProcess.INTERIM_CONTACT_NOTE).orElse(null));
			case ReferralProcess.CONSULTATION_SENDING_UNIT -> history.record("Samråd: sändande enhet föreslår " + labels.optionOrValue(
					"joint-consultation-input", ReferralProcess.SENDING_UNIT_PROPOSAL.name(), task.get(ReferralProcess.SENDING_UNIT_PROPOSAL).orElse(""))
				.toLowerCase(), task.get(ReferralProcess.SENDING_UNIT_POSITION).orElse(null));
			case ReferralProcess.CONSULTATION_RECEIVING_UNIT -> history.record("Samråd: mottagande enhet föreslår " + labels.optionOrValue(
					"joint-consultation-decision", ReferralProcess.RESPONSIBLE_UNIT.name(), task.get(ReferralProcess.RESPONSIBLE_UNIT).orElse(""))
				.toLowerCase(), task.get(ReferralProcess.CONSULTATION_NOTE).orElse(null));
			case ReferralProcess.DECIDE_BY_ADVISERS -> history.record("Medicinska rådgivare: ansvarig enhet är " + labels.optionOrValue(
					"advisers-decision", ReferralProcess.ADVISERS_DECISION.name(), task.get(ReferralProcess.ADVISERS_DECISION).orElse(""))
				.toLowerCase(), task.get(ReferralProcess.ADVISERS_NOTE).orElse(null));
			case ReferralProcess.CONTACT_RECEIVER_BY_PHONE -> history.record("Telefonkontakt med mottagaren",
					task.get(ReferralProcess.ACUTE_CONTACT_NOTE).orElse(null));
			case ReferralProcess.DRAFT_REFERRAL -> history.record("SEND".equals(task.get(ReferralProcess.DRAFT_DECISION).orElse(null))
					? "Remissen skriven och skickad" : "Patienten stannar på vårdcentralen", task.get(ReferralProcess.KEEP_NOTE).orElse(null));
			case ReferralProcess.REGISTER_FIRST_VISIT, ReferralProcess.REGISTER_FIRST_VISIT_IN_PRIMARY_CARE -> history.record("Första besöket registrerat", null);
			default -> {
			}
		}
	}

	private static String requestType(CaseTask task) {
		return "CONSULTATION".equals(task.get(ReferralProcess.REQUEST_TYPE).orElse(null)) ? "konsultation" : "övertagande";
	}

	private static String direction(CaseTask task) {
		return "PSYCHIATRY_TO_PRIMARY".equals(task.get(ReferralProcess.DIRECTION).orElse(null)) ? "psykiatri till primärvård"
				: "primärvård till psykiatri";
	}

	/** "2 antidepressiva, 1 psykologisk", or nothing when none failed. */
	private static String treatments(CaseTask task) {
		int drugs = task.get(ReferralProcess.FAILED_ANTIDEPRESSANT_TRIALS).orElse(0);
		int therapies = task.get(ReferralProcess.FAILED_PSYCHOLOGICAL_TREATMENTS).orElse(0);
		if (drugs == 0 && therapies == 0) {
			return null;
		}
		return drugs + " antidepressiva, " + therapies + (therapies == 1 ? " psykologisk" : " psykologiska");
	}

	private static String group(String group) {
		return switch (group) {
			case "DEPRESSION" -> "depression";
			case "ANXIETY" -> "ångest- och stressrelaterat";
			case "BIPOLAR" -> "bipolär sjukdom";
			case "PSYCHOSIS" -> "psykos";
			case "PERSONALITY" -> "personlighetssyndrom";
			case "NEUROPSYCHIATRIC" -> "neuropsykiatriskt";
			case "SUBSTANCE" -> "substansbruk";
			default -> "annan diagnos";
		};
	}

	private static String severity(String severity) {
		return switch (severity) {
			case "MILD" -> "lindrig";
			case "MODERATE" -> "måttlig";
			case "SEVERE" -> "svår";
			default -> severity;
		};
	}

	private static String suicideRisk(String risk) {
		return switch (risk) {
			case "LOW" -> "låg";
			case "MODERATE" -> "måttlig";
			case "HIGH" -> "hög";
			case "UNCLEAR" -> "oklar";
			default -> risk;
		};
	}

	private static String yesNo(boolean yes) {
		return yes ? "ja" : "nej";
	}

	private static String days(Duration duration) {
		long days = duration.toDays();
		return days == 1 ? "1 dag" : days + " dagar";
	}

	private static String hours(Duration duration) {
		long hours = duration.toHours();
		return hours % 24 == 0 ? days(duration) : hours + " timmar";
	}

}
