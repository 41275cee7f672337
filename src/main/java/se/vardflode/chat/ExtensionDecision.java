package se.vardflode.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.vardflode.forms.FieldError;

/**
 * What staff decided in the form chat-extension ("Förläng eller stäng chatten").
 *
 * @param extend whether the chat is extended
 * @param months 3, 6 or 12 when extended, else 0
 * @param reason why the chat is needed longer
 */
record ExtensionDecision(boolean extend, int months, String reason) {

	static final String EXTEND = "extend";
	static final String CLOSE = "close";

	/**
	 * What the form cannot require itself: months and reason are shown only for "extend" (a conditional field is
	 * never required on the server), so an extension without them is refused here, field by field.
	 */
	static List<FieldError> problems(Function<String, Object> values) {
		List<FieldError> problems = new ArrayList<>();
		if (!EXTEND.equals(values.apply(ChatVariables.CHAT_DECISION))) {
			return problems;
		}
		if (values.apply(ChatVariables.EXTENSION_MONTHS) == null) {
			problems.add(new FieldError(ChatVariables.EXTENSION_MONTHS, "Välj hur många månader chatten ska förlängas."));
		}
		if (!(values.apply(ChatVariables.EXTENSION_REASON) instanceof String reason) || reason.isBlank()) {
			problems.add(new FieldError(ChatVariables.EXTENSION_REASON, "Ange varför chatten behövs längre."));
		}
		return problems;
	}

	/**
	 * The decision of a completed task, which the form (extend or close; 3, 6 or 12 months; a reason of at most 500
	 * characters) and {@link ExtensionDecisionRule} have checked.
	 */
	static ExtensionDecision of(Map<String, Object> variables) {
		if (!EXTEND.equals(variables.get(ChatVariables.CHAT_DECISION))) {
			return new ExtensionDecision(false, 0, null);
		}
		Object months = variables.get(ChatVariables.EXTENSION_MONTHS);
		int chosen = months instanceof Number number ? number.intValue() : Integer.parseInt(String.valueOf(months));
		return new ExtensionDecision(true, chosen, ((String) variables.get(ChatVariables.EXTENSION_REASON)).strip());
	}

}
