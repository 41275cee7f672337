package se.vardflode.referral;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.vardflode.forms.FieldError;
import se.vardflode.forms.Submission;
import se.vardflode.forms.TaskRule;

/**
 * "Bedöm remiss": a return needs its reason and a request for more information its question. The form shows each
 * field only for its decision, and the server never requires a conditional field, so this rule does.
 */
@Component
class ReferralAssessmentRule implements TaskRule {

	@Override
	public String formId() {
		return "referral-assessment";
	}

	@Override
	public List<FieldError> check(Submission submission) {
		List<FieldError> errors = new ArrayList<>();
		Object assessment = submission.value("assessment");
		if ("RETURN".equals(assessment) && isBlank(submission.value("returnReason"))) {
			errors.add(new FieldError("returnReason", "Skäl till retur krävs när remissen returneras."));
		}
		if ("MORE_INFORMATION".equals(assessment) && isBlank(submission.value("question"))) {
			errors.add(new FieldError("question", "Skriv vad som behöver kompletteras."));
		}
		return errors;
	}

	private static boolean isBlank(Object value) {
		return !(value instanceof String text) || text.isBlank();
	}

}
