package se.vardflode.chat;

import java.util.List;

import org.springframework.stereotype.Component;

import se.vardflode.forms.FieldError;
import se.vardflode.forms.Submission;
import se.vardflode.forms.TaskRule;

/** "Förläng eller stäng chatten": an extension needs its months and its reason ({@link ExtensionDecision#problems}). */
@Component
class ExtensionDecisionRule implements TaskRule {

	@Override
	public String formId() {
		return "chat-extension";
	}

	@Override
	public List<FieldError> check(Submission submission) {
		return ExtensionDecision.of(submission::value).problems();
	}

}
