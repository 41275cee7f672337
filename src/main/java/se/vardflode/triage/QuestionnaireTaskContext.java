package se.vardflode.triage;

import org.springframework.stereotype.Component;

import se.vardflode.taskcontext.CaseTask;
import se.vardflode.taskcontext.TaskContext;
import se.vardflode.taskcontext.TaskContextSource;

/** What "Formulär till patient" shows the nurse who follows up a questionnaire the patient left unanswered. */
@Component
class QuestionnaireTaskContext implements TaskContextSource {

	static final String PROCESS_KEY = "patient-questionnaire";

	@Override
	public String processKey() {
		return PROCESS_KEY;
	}

	@Override
	public void describe(CaseTask task, TaskContext context) {
		context.fromUnit(task.string("unitId").orElse(null))
			.deadline("Ingen fast tidsgräns: kontakta patienten")
			.finding("Formulär", task.string("questionnaireForm").map(QuestionnaireTaskContext::nameOf).orElse(null))
			.text("Kontaktorsak", task.string("contactReason").orElse(null))
			.text("Sjuksköterskans bedömning", task.string("assessment").orElse(null));
	}

	/** The questionnaire as staff name it, from its form's id ("phq-9" is "PHQ-9"). */
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
