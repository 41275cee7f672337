package se.vardflode.triage;

import static se.vardflode.kernel.ProcessVariable.string;

import se.vardflode.kernel.ProcessVariable;

/**
 * {@code processes/patient-questionnaire.bpmn} ("Formulär till patient"): one form to the patient with a reminder
 * and an expiry, a call activity of pst-triage (one instance per chosen questionnaire).
 */
final class QuestionnaireProcess {

	static final String KEY = "patient-questionnaire";

	static final String NOTIFY_PATIENT = "notifyPatientOfQuestionnaire";
	static final String ANSWER_QUESTIONNAIRE = "answerQuestionnaire";
	static final String REMINDER_DUE = "reminderDue";
	static final String QUESTIONNAIRE_EXPIRED = "questionnaireExpired";
	static final String FOLLOW_UP_UNANSWERED = "followUpUnanswered";

	/** The id of a form in {@code forms/}, e.g. {@code phq-9}. */
	static final ProcessVariable<String> QUESTIONNAIRE_FORM = string("questionnaireForm");
	static final ProcessVariable<String> PATIENT_REFERENCE = TriageProcess.PATIENT_REFERENCE;
	static final ProcessVariable<String> PATIENT_EMAIL = TriageProcess.PATIENT_EMAIL;
	/** The nurses who follow up an unanswered questionnaire. */
	static final ProcessVariable<String> UNIT_ID = string("unitId");

	private QuestionnaireProcess() {
	}

}
