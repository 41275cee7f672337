package se.vardflode.triage;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.vardflode.forms.FieldError;
import se.vardflode.forms.Submission;
import se.vardflode.forms.TaskRule;

/**
 * "Bedöm kontakten": the triage decides whether the patient sees a physician today. The form already requires an
 * answer on acute suicide risk, the main problem and the assessment; this adds what it cannot say: an assessment of
 * only blanks is none, and without acute risk at least one questionnaire is sent, since the route is decided from
 * their scores.
 */
@Component
class TriageAssessmentRule implements TaskRule {

	@Override
	public String formId() {
		return "triage-assessment";
	}

	@Override
	public List<FieldError> check(Submission submission) {
		List<FieldError> errors = new ArrayList<>();
		if (submission.value(TriageProcess.ASSESSMENT.name()) instanceof String assessment && assessment.isBlank()) {
			errors.add(new FieldError(TriageProcess.ASSESSMENT.name(), "Skriv din bedömning."));
		}
		boolean anyQuestionnaire = TriageAssessmentListener.QUESTIONNAIRE_CHOICES.stream()
			.anyMatch(choice -> Boolean.TRUE.equals(submission.value(choice.name())));
		if ("no".equals(submission.value(TriageProcess.ACUTE_SUICIDE_RISK.name())) && !anyQuestionnaire) {
			errors.add(new FieldError(TriageProcess.SEND_PHQ9.name(), "Välj minst ett självskattningsformulär att skicka till patienten."));
		}
		return errors;
	}

}
