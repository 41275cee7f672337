package se.vardflode.triage;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.vardflode.governance.ModelCallable;

/** The questionnaires the nurse chose in the triage form, as the forms to send ({@code forms/<id>.form}). */
@Component
public class TriageQuestionnaires {

	/** Called by pst-triage.bpmn as the collection of the questionnaire call activity; the checkboxes may be unset. */
	@ModelCallable
	public List<String> selected(Boolean phq9, Boolean gad7, Boolean audit, Boolean dudit) {
		List<String> forms = new ArrayList<>();
		if (Boolean.TRUE.equals(phq9)) {
			forms.add("phq-9");
		}
		if (Boolean.TRUE.equals(gad7)) {
			forms.add("gad-7");
		}
		if (Boolean.TRUE.equals(audit)) {
			forms.add("audit");
		}
		if (Boolean.TRUE.equals(dudit)) {
			forms.add("dudit");
		}
		return forms;
	}

}
