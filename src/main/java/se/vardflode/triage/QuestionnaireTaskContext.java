package se.vardflode.triage;

import org.springframework.stereotype.Component;

import se.vardflode.taskcontext.CaseTask;
import se.vardflode.taskcontext.TaskContext;
import se.vardflode.taskcontext.TaskContextSource;

/**
 * What "Formulär till patient" shows the nurse who follows up a questionnaire the patient left unanswered: which one,
 * and from the triage that sent it, why the patient called and what the nurse found.
 */
@Component
class QuestionnaireTaskContext implements TaskContextSource {

	@Override
	public String processKey() {
		return QuestionnaireProcess.KEY;
	}

	@Override
	public void describe(CaseTask task, TaskContext context) {
		context.fromUnit(task.get(QuestionnaireProcess.UNIT_ID).orElse(null))
			.deadline("Ingen fast tidsgräns: kontakta patienten")
			.finding("Formulär", task.get(QuestionnaireProcess.QUESTIONNAIRE_FORM).map(QuestionnaireTaskContext::nameOf).orElse(null))
			.text("Kontaktorsak", task.get(TriageProcess.CONTACT_REASON).orElse(null))
			.text("Sjuksköterskans bedömning", task.get(TriageProcess.ASSESSMENT).orElse(null));
	}

	/** The questionnaire as staff name it, from its form's id ("phq-9" is "PHQ-9 (nedstämdhet)"). */
	static String nameOf(String formKey) {
		return switch (formKey) {
			case "phq-9" -> "PHQ-9 (nedstämdhet)";
			case "gad-7" -> "GAD-7 (ångest)";
			case "audit" -> "AUDIT (alkohol)";
			case "dudit" -> "DUDIT (droger)";
			default -> formKey;
		};
	}

}
