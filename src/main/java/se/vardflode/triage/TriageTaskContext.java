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

	private static final String TRIAGE_FORM = "triage-assessment";

	private final FormLabels labels;
	private final QuestionnaireFindings questionnaires;

	TriageTaskContext(FormLabels labels) {
		this.labels = labels;
		this.questionnaires = new QuestionnaireFindings(labels);
	}

	@Override
	public String processKey() {
		return TriageProcess.KEY;
	}

	@Override
	public void describe(CaseTask task, TaskContext context) {
		String adviceLine = task.get(TriageProcess.ADVICE_LINE_UNIT_ID).orElse(null);
		switch (task.activityId()) {
			// vårdgarantin 0-3-90-90: contact with the care the same day
			case TriageProcess.TRIAGE_CONTACT -> context.from("Patienten, " + channel(task)).deadline("Vårdgarantin: kontakt samma dag");
			case TriageProcess.CHECK_ANSWERS -> context.from("Patientens självskattning").deadline("Kontakta patienten; formulären skickas igen");
			case TriageProcess.FOLLOW_UP_SUBSTANCE_USE -> context.fromUnit(adviceLine)
				.deadline("Enligt hälsocentralens rutin för alkohol och droger");
			case TriageProcess.PST_ASSESSMENT -> context.fromUnit(adviceLine).deadline("Vårdgarantin: bedömning inom "
					+ task.get(TriageProcess.PST_ASSESSMENT_DEADLINE).map(TriageTaskContext::days).orElse("3 dagar") + " från kontakten");
			case TriageProcess.OFFER_GROUP_TREATMENT -> context.fromUnit(adviceLine).deadline("Ingen fast tidsgräns: erbjud platsen snart");
			case TriageProcess.PHYSICIAN_ASSESSMENT_SAME_DAY -> context.fromUnit(adviceLine).deadline("Samma dag: läkargruppen och chefen meddelas efter "
					+ task.get(TriageProcess.PHYSICIAN_ESCALATION_AFTER).map(TriageTaskContext::hours).orElse("2 timmar"));
			case TriageProcess.PHYSICIAN_ASSESSMENT_WITHIN_GUARANTEE, TriageProcess.PHYSICIAN_CONSULTATION -> context.fromUnit(adviceLine)
				.deadline("Vårdgarantin: inom " + task.get(TriageProcess.PST_ASSESSMENT_DEADLINE).map(TriageTaskContext::days).orElse("3 dagar")
						+ " från kontakten, bredvid PST-bedömningen");
			case TriageProcess.CONTACT_PSYCHIATRIC_EMERGENCY -> context.from("Läkarbedömning samma dag")
				.deadline("I dag: ring akutpsykiatrin och se till att patienten kommer dit");
			case TriageProcess.DOCUMENT_URGENT_REFERRAL -> context.from("Läkarbedömning samma dag").deadline("I dag");
			case TriageProcess.BOOK_HEALTH_CENTRE_FOLLOW_UP -> context.from("Läkarbedömning samma dag").deadline("Boka inom 14 dagar");
			case TriageProcess.START_INDIVIDUAL_TREATMENT -> context.from("PST-bedömning")
				.deadline("Vårdgarantin: behandlingen påbörjas inom 90 dagar från beslutet");
			case TriageProcess.BOOK_PHYSICIAN_VISIT -> context.from("PST-bedömning").deadline("Boka inom 14 dagar");
			case TriageProcess.DRAFT_PSYCHIATRY_REFERRAL -> context.from("PST-bedömning").deadline("Skicka remissen inom 7 dagar");
			case TriageProcess.CALL_PATIENT_NO_FURTHER_CARE -> context.from("PST-bedömning").deadline("Ring patienten inom 3 dagar");
			default -> context.fromUnit(adviceLine);
		}
		contact(task, context);
		if (!TriageProcess.TRIAGE_CONTACT.equals(task.activityId())) {
			triage(task, context);
		}
		if (TriageProcess.FOLLOW_UP_SUBSTANCE_USE.equals(task.activityId())) {
			questionnaires.describe(task, context, List.of("AUDIT", "DUDIT"));
		}
		else if (!TriageProcess.CHECK_ANSWERS.equals(task.activityId())) {
			// an answer that could not be scored left the totals unset: the form names the item instead
			questionnaires.describe(task, context);
		}
		decisions(task, context);
		if (TriageProcess.OFFER_GROUP_TREATMENT.equals(task.activityId())) {
			context.finding("Föreslagen grupp", task.get(TriageProcess.ROUTE).map(GroupTreatmentProcess::nameOf).orElse(null));
		}
		if (TriageProcess.PST_ASSESSMENT.equals(task.activityId())) {
			// the patient said no to a group: PST assesses her instead
			task.get(TriageProcess.GROUP_OFFER_OUTCOME).filter(outcome -> !"ACCEPTED".equals(outcome)).ifPresent(outcome -> context
				.finding("Gruppbehandling", labels.optionOrValue("group-treatment-offer", TriageProcess.GROUP_OFFER_OUTCOME.name(), outcome))
				.text("Anteckning om gruppen", task.get(TriageProcess.GROUP_OFFER_NOTE).orElse(null)));
		}
	}

	/** What the physician and PST decided before this task: the next steps act on it. */
	private void decisions(CaseTask task, TaskContext context) {
		task.get(TriageProcess.PHYSICIAN_DECISION).ifPresent(decision -> context
			.finding("Läkarens beslut", labels.optionOrValue("physician-assessment", TriageProcess.PHYSICIAN_DECISION.name(), decision))
			.text("Läkarens anteckning", task.get(TriageProcess.PHYSICIAN_NOTE).orElse(null)));
		task.get(TriageProcess.PST_DECISION).ifPresent(decision -> context
			.finding("PST:s beslut", labels.optionOrValue("pst-assessment", TriageProcess.PST_DECISION.name(), decision))
			.text("PST:s anteckning", task.get(TriageProcess.PST_NOTE).orElse(null)));
	}

	private static void contact(CaseTask task, TaskContext context) {
		context.finding("Kontakt", task.get(TriageProcess.CONTACTED_AT).orElse(null))
			.finding("Kontaktväg", channel(task))
			.finding("Hälsocentral", task.get(TriageProcess.HEALTH_CENTRE_NAME).orElse(null))
			.text("Kontaktorsak", task.get(TriageProcess.CONTACT_REASON).orElse(null));
	}

	private void triage(CaseTask task, TaskContext context) {
		context.finding("Triagerad av", task.get(TriageProcess.TRIAGED_BY).orElse(null))
			.finding("Huvudsakligt problem", task.get(TriageProcess.MAIN_PROBLEM)
				.map(problem -> labels.optionOrValue(TRIAGE_FORM, TriageProcess.MAIN_PROBLEM.name(), problem)).orElse(null))
			.finding("Akut suicidrisk enligt sjuksköterskan", task.get(TriageProcess.ACUTE_SUICIDE_RISK)
				.map(risk -> labels.optionOrValue(TRIAGE_FORM, TriageProcess.ACUTE_SUICIDE_RISK.name(), risk)).orElse(null))
			.text("Sjuksköterskans bedömning", task.get(TriageProcess.ASSESSMENT).orElse(null));
	}

	private static String channel(CaseTask task) {
		return switch (task.get(TriageProcess.CHANNEL).orElse("")) {
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
