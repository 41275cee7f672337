package se.vardflode.triage;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.springframework.stereotype.Component;

import se.vardflode.taskcontext.CaseTask;
import se.vardflode.taskcontext.FormLabels;
import se.vardflode.taskcontext.TaskContext;
import se.vardflode.taskcontext.TaskContextSource;

/**
 * What the tasks of "Triage till PST" show: the contact (how, when, why), the nurse's triage and the self-assessments,
 * so that the physician and PST see what the advice line found without opening another system.
 */
@Component
class TriageTaskContext implements TaskContextSource {

	private final FormLabels labels;
	private final QuestionnaireFindings questionnaires;

	TriageTaskContext(FormLabels labels) {
		this.labels = labels;
		this.questionnaires = new QuestionnaireFindings(labels);
	}

	@Override
	public String processKey() {
		return TriageContacts.PROCESS_KEY;
	}

	@Override
	public void describe(CaseTask task, TaskContext context) {
		switch (task.activityId()) {
			case "triageContact" -> context.from("Patienten, " + channel(task))
				// vårdgarantin 0-3-90-90: contact with the care the same day
				.deadline("Vårdgarantin: kontakt samma dag");
			case "checkAnswers" -> context.from("Patientens självskattning").deadline("Kontakta patienten; formulären skickas igen");
			case "followUpSubstanceUse" -> context.fromUnit(task.string("adviceLineUnitId").orElse(null))
				.deadline("Enligt hälsocentralens rutin för alkohol och droger");
			case "pstAssessment" -> context.fromUnit(task.string("adviceLineUnitId").orElse(null))
				.deadline("Vårdgarantin: bedömning inom " + task.string("pstAssessmentDeadline").map(TriageTaskContext::days).orElse("3 dagar"));
			case "offerGroupTreatment" -> context.fromUnit(task.string("adviceLineUnitId").orElse(null))
				.deadline("Ingen fast tidsgräns: erbjud platsen snart");
			case "physicianAssessmentSameDay" -> context.fromUnit(task.string("adviceLineUnitId").orElse(null))
				.deadline("Samma dag: läkargruppen och chefen meddelas efter "
						+ task.string("physicianEscalationAfter").map(TriageTaskContext::hours).orElse("2 timmar"));
			default -> context.fromUnit(task.string("adviceLineUnitId").orElse(null));
		}
		contact(task, context);
		if (!"triageContact".equals(task.activityId())) {
			triage(task, context);
		}
		if ("followUpSubstanceUse".equals(task.activityId())) {
			questionnaires.describe(task, context, List.of("AUDIT", "DUDIT"));
		}
		else if (!"checkAnswers".equals(task.activityId())) {
			// an answer that could not be scored left every total unset: the form names the item instead
			questionnaires.describe(task, context);
		}
		task.string("route").filter(route -> "offerGroupTreatment".equals(task.activityId()))
			.ifPresent(route -> context.finding("Föreslagen grupp", GroupTreatment.nameOf(route)));
		if ("pstAssessment".equals(task.activityId()) && task.string("groupOfferOutcome").filter(outcome -> !"ACCEPTED".equals(outcome)).isPresent()) {
			context.finding("Gruppbehandling", labels.optionOrValue("group-treatment-offer", "groupOfferOutcome", task.string("groupOfferOutcome").get()));
			context.text("Anteckning om gruppen", task.string("groupOfferNote").orElse(null));
		}
	}

	private static void contact(CaseTask task, TaskContext context) {
		context.finding("Kontakt", task.date("contactedAt").orElse(null))
			.finding("Kontaktväg", channel(task))
			.finding("Hälsocentral", task.string("healthCentreName").orElse(null))
			.text("Kontaktorsak", task.string("contactReason").orElse(null));
	}

	private void triage(CaseTask task, TaskContext context) {
		context.finding("Triagerad av", task.string("triagedBy").orElse(null))
			.finding("Huvudsakligt problem", task.string("mainProblem").map(problem -> labels.optionOrValue("triage-assessment", "mainProblem", problem)).orElse(null))
			.finding("Akut suicidrisk enligt sjuksköterskan",
					task.string("acuteSuicideRisk").map(risk -> labels.optionOrValue("triage-assessment", "acuteSuicideRisk", risk)).orElse(null))
			.text("Sjuksköterskans bedömning", task.string("assessment").orElse(null));
	}

	private static String channel(CaseTask task) {
		return switch (task.string("channel").orElse("")) {
			case "PHONE" -> "telefon (rådgivningen)";
			case "DIGITAL" -> "digitalt meddelande";
			default -> "okänd kontaktväg";
		};
	}

	/** "P3D" as staff say it: "3 dagar". */
	static String days(String isoPeriod) {
		int days = Period.parse(isoPeriod).getDays();
		return days == 1 ? "1 dag" : days + " dagar";
	}

	/** "PT2H" as staff say it: "2 timmar", "PT30M": "30 minuter". */
	static String hours(String isoDuration) {
		Duration duration = Duration.parse(isoDuration);
		if (duration.toMinutesPart() != 0 || duration.toHours() == 0) {
			return duration.toMinutes() + " minuter";
		}
		return duration.toHours() == 1 ? "1 timme" : duration.toHours() + " timmar";
	}

}
