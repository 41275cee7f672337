package se.vardflode.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;

import se.vardflode.forms.FieldError;

/**
 * What staff decided in the form chat-extension ("Förläng eller stäng chatten"), read once from the answer: by
 * {@link ExtensionDecisionRule} when the task is completed, to refuse an incomplete extension, and by
 * {@link ExtendChatDelegate} to extend by the months chosen.
 *
 * @param extend whether the chat is extended
 * @param months 3, 6 or 12 when extended and chosen, else 0
 * @param reason why the chat is needed longer, or {@code null}
 */
record ExtensionDecision(boolean extend, int months, String reason) {

	static final String EXTEND = "extend";
	static final String CLOSE = "close";

	/** The answer as a completion submits it or as the process keeps it, by variable name. */
	static ExtensionDecision of(Function<String, Object> values) {
		if (!EXTEND.equals(values.apply(ChatProcess.CHAT_DECISION.name()))) {
			return new ExtensionDecision(false, 0, null);
		}
		Object months = values.apply(ChatProcess.EXTENSION_MONTHS.name());
		Object reason = values.apply(ChatProcess.EXTENSION_REASON.name());
		return new ExtensionDecision(true, months(months), reason instanceof String text && !text.isBlank() ? text.strip() : null);
	}

	/** The form's select offers "3", "6" and "12"; the central form check has refused any other value. */
	private static int months(Object chosen) {
		if (chosen instanceof Number number) {
			return number.intValue();
		}
		return chosen instanceof String text && text.matches("\\d{1,2}") ? Integer.parseInt(text) : 0;
	}

	static ExtensionDecision of(VariableScope process) {
		return of(process::getVariable);
	}

	/**
	 * What the form cannot require itself: months and reason are shown only for "extend" (the server never requires a
	 * conditional field), so an extension without them is refused, field by field. The form's own options make the
	 * months 3, 6 or 12 when given.
	 */
	List<FieldError> problems() {
		List<FieldError> problems = new ArrayList<>();
		if (!extend) {
			return problems;
		}
		if (months == 0) {
			problems.add(new FieldError(ChatProcess.EXTENSION_MONTHS.name(), "Välj hur många månader chatten ska förlängas."));
		}
		if (reason == null) {
			problems.add(new FieldError(ChatProcess.EXTENSION_REASON.name(), "Ange varför chatten behövs längre."));
		}
		return problems;
	}

}
