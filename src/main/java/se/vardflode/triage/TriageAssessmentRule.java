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
 * their scores; AUDIT and DUDIT are not sent to a patient under 18.
 */
@Component
class TriageAssessmentRule implements TaskRule {

	static final int ADULT_FROM = 18;

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
		// AUDIT and DUDIT are validated for adults, their cut-offs too (DUDIT: Berman et al. 2005, "target group adults");
		// the triage form says so beside the choice
		boolean minor = TriageProcess.PATIENT_AGE.optionalFrom(submission.task()).map(age -> age < ADULT_FROM).orElse(false);
		for (var adultOnly : List.of(TriageProcess.SEND_AUDIT, TriageProcess.SEND_DUDIT)) {
			if (minor && Boolean.TRUE.equals(submission.value(adultOnly.name()))) {
				errors.add(new FieldError(adultOnly.name(), "AUDIT och DUDIT skickas inte till patienter under 18 år: formulären och deras gränsvärden gäller vuxna."));
			}
		}
		return errors;
	}

}
