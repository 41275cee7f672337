package se.vardflode.chat;

import java.util.Map;
import java.util.Set;

/**
 * What staff decided in the form chat-extension. Camunda does not check a submitted form on the server, so the
 * decision is checked here before the task may complete.
 *
 * @param extend whether the chat is extended
 * @param months 3, 6 or 12 when extended, else 0
 * @param reason why the chat is needed longer
 */
record ExtensionDecision(boolean extend, int months, String reason) {

	static final String EXTEND = "extend";
	static final String CLOSE = "close";
	static final Set<Integer> ALLOWED_MONTHS = Set.of(3, 6, 12);

	/** @throws IllegalArgumentException (Swedish message) when the submission is not a valid decision */
	static ExtensionDecision of(Map<String, Object> variables) {
		Object decision = variables.get(ChatVariables.CHAT_DECISION);
		if (CLOSE.equals(decision)) {
			return new ExtensionDecision(false, 0, null);
		}
		if (!EXTEND.equals(decision)) {
			throw new IllegalArgumentException("Välj om chatten ska förlängas eller stängas");
		}
		int months = months(variables.get(ChatVariables.EXTENSION_MONTHS));
		Object reason = variables.get(ChatVariables.EXTENSION_REASON);
		if (!(reason instanceof String text) || text.isBlank() || text.length() > 500) {
			throw new IllegalArgumentException("Ange varför chatten behövs längre (högst 500 tecken)");
		}
		return new ExtensionDecision(true, months, text.strip());
	}

	private static int months(Object value) {
		try {
			int months = value instanceof Number number ? number.intValue() : Integer.parseInt(String.valueOf(value));
			if (ALLOWED_MONTHS.contains(months)) {
				return months;
			}
		}
		catch (NumberFormatException ex) {
			// falls through to the refusal below
		}
		throw new IllegalArgumentException("Chatten kan förlängas med 3, 6 eller 12 månader");
	}

}
