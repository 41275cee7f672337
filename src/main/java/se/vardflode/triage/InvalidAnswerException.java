package se.vardflode.triage;

/**
 * An answer that cannot be scored. A questionnaire with such an answer has no total: scoring it as zero could send a
 * patient at risk on a milder route, so the error names the item and goes to a nurse instead.
 */
class InvalidAnswerException extends RuntimeException {

	enum Problem {
		/** The item has no answer. */
		MISSING,
		/** The answer is not one of the item's scores as the form stores them. */
		NOT_A_SCORE
	}

	private final String item;
	private final Problem problem;

	InvalidAnswerException(String questionnaire, QuestionnaireItem item, Problem problem, Object answer) {
		super(message(questionnaire, item, problem, answer));
		this.item = item.key();
		this.problem = problem;
	}

	/** The form field key of the item, e.g. {@code phq9_q9}. */
	String item() {
		return item;
	}

	Problem problem() {
		return problem;
	}

	private static String message(String questionnaire, QuestionnaireItem item, Problem problem, Object answer) {
		String question = "%s fråga %d (%s)".formatted(questionnaire, item.number(), item.key());
		return switch (problem) {
			case MISSING -> question + " är obesvarad";
			case NOT_A_SCORE -> "%s har svaret \"%s\", som inte är något av de tillåtna värdena %s"
				.formatted(question, answer, item.scores());
		};
	}

}
