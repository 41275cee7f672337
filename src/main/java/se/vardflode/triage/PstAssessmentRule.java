package se.vardflode.triage;

import java.util.List;

import org.springframework.stereotype.Component;

import se.vardflode.forms.FieldError;
import se.vardflode.forms.Submission;
import se.vardflode.forms.TaskRule;

/** "PST-bedömning": a decision for group treatment says which group (Ångestskola or Stresskola) the patient is offered. */
@Component
class PstAssessmentRule implements TaskRule {

	static final String GROUP_TREATMENT = "GROUP_TREATMENT";

	@Override
	public String formId() {
		return "pst-assessment";
	}

	@Override
	public List<FieldError> check(Submission submission) {
		if (GROUP_TREATMENT.equals(submission.value(TriageProcess.PST_DECISION.name()))
				&& !(submission.value(TriageProcess.PST_GROUP_TYPE.name()) instanceof String group && !group.isBlank())) {
			return List.of(new FieldError(TriageProcess.PST_GROUP_TYPE.name(), "Välj vilken grupp patienten erbjuds."));
		}
		return List.of();
	}

}
