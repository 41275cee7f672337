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
		return Referrals.PROCESS_KEY;
	}

	@Override
	public void describe(CaseTask task, TaskContext context) {
		String sender = task.string("sendingUnitId").orElse(null);
		String receiver = task.string("receivingUnitId").orElse(null);
		boolean urgent = "URGENT".equals(task.string("urgency").orElse(null));
		switch (task.activityId()) {
			case "assessReferral" -> context.fromUnit(sender).deadline(urgent
					? "Brådskande remiss: bedöm inom " + hours(settings.urgentAssessmentDeadline())
					: "Bedöm remissen inom " + days(settings.assessmentDeadline()));
			case "registerFirstVisit" -> context.fromUnit(sender)
				.deadline("Vårdgarantin: första besöket inom " + settings.careGuaranteeLimit().getDays() + " dagar från att remissen accepterades");
			case "interimResponsibility" -> context.fromUnit(receiver).deadline("Ansvaret gäller tills " + unitOrReceiver(task) + " har accepterat remissen");
			case "completeReferral" -> context.fromUnit(receiver).deadline("Komplettera snart: bedömningen väntar på svaret");
			case "reviseReferral" -> context.fromUnit(receiver).deadline("Revidera och skicka igen, eller behåll patienten");
			case "consultationSendingUnit", "consultationReceivingUnit" -> context.fromUnit("consultationSendingUnit".equals(task.activityId()) ? receiver : sender)
				.deadline("Samråd: beslutet är slutligt för den här remissen");
			default -> context.fromUnit(sender);
		}
		context.finding("Remiss", requestType(task) + ", " + direction(task))
			.finding("Från", task.string("sendingUnitName").orElse(null))
			.finding("Till", task.string("receivingUnitName").orElse(null))
			.finding("Diagnos", task.string("diagnosisCode").map(code -> code + task.string("diagnosisGroup").map(group -> " (" + group(group) + ")").orElse(""))
				.orElse(null))
			.finding("Svårighetsgrad", task.string("severity").map(ReferralTaskContext::severity).orElse(null))
			.finding("Suicidrisk", task.string("suicideRisk").map(ReferralTaskContext::suicideRisk).orElse(null))
			.finding("Psykotiska symtom", task.variable("psychoticSymptoms").map(Boolean.TRUE::equals).map(ReferralTaskContext::yesNo).orElse(null))
			.finding("Flera behandlingar utan effekt", task.variable("treatmentResistant").map(Boolean.TRUE::equals).map(ReferralTaskContext::yesNo).orElse(null))
			.finding("Brådskande", yesNo(urgent))
			.finding("Returer", task.integer("returnCount").filter(count -> count > 0).map(String::valueOf).orElse(null))
			.text("Frågeställning", task.string("reason").orElse(null))
			.text("Rekommenderad uppföljning", task.string("recommendedFollowUp").orElse(null));
	}

	@Override
	public void completed(CaseTask task, CaseHistory history) {
		switch (task.activityId()) {
			case "assessReferral" -> {
				switch (task.string("assessment").orElse("")) {
					case "ACCEPT" -> history.record("Remissen accepterad", null);
					case "RETURN" -> history.record("Remissen returnerad", task.string("returnReason").orElse(null));
					case "MORE_INFORMATION" -> history.record("Komplettering begärd", task.string("question").orElse(null));
					default -> {
					}
				}
			}
			case "completeReferral" -> history.record("Remissen kompletterad", task.string("completion").orElse(null));
			case "reviseReferral" -> history.record(labels.optionOrValue("referral-revision", "revision", task.string("revision").orElse(null)),
					task.string("revisionNote").orElse(null));
			case "interimResponsibility" -> history.record("Kontakt med patienten under väntetiden", task.string("interimContactNote").orElse(null));
			case "consultationSendingUnit" -> history.record("Sändande enhets bedömning inför samrådet", task.string("sendingUnitPosition").orElse(null));
			case "consultationReceivingUnit" -> history.record("Samråd: ansvarig enhet är "
					+ labels.optionOrValue("joint-consultation-decision", "responsibleUnit", task.string("responsibleUnit").orElse(null)).toLowerCase(),
					task.string("consultationNote").orElse(null));
			case "registerFirstVisit" -> history.record("Första besöket registrerat", null);
			default -> {
			}
		}
	}

	private static String unitOrReceiver(CaseTask task) {
		return task.string("receivingUnitName").orElse("mottagaren");
	}

	private static String requestType(CaseTask task) {
		return "CONSULTATION".equals(task.string("requestType").orElse(null)) ? "konsultation" : "övertagande";
	}

	private static String direction(CaseTask task) {
		return "PSYCHIATRY_TO_PRIMARY".equals(task.string("direction").orElse(null)) ? "psykiatri till primärvård" : "primärvård till psykiatri";
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
