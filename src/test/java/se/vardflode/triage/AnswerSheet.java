package se.vardflode.triage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A patient's answers to one questionnaire, as the form submits them: each item's score as a string. */
final class AnswerSheet {

	private final Questionnaire questionnaire;
	private final Map<String, Object> answers = new LinkedHashMap<>();

	private AnswerSheet(Questionnaire questionnaire) {
		this.questionnaire = questionnaire;
		questionnaire.items().forEach(item -> answers.put(item.key(), "0"));
	}

	/** Every item answered with its lowest option: a patient with no complaints. */
	static AnswerSheet noComplaints(Questionnaire questionnaire) {
		return new AnswerSheet(questionnaire);
	}

	/**
	 * Spreads {@code total} over items {@code first} to {@code last}, filling each item up to its highest score before
	 * the next, so a test can ask for a total without caring which items carry it.
	 */
	AnswerSheet totalling(int total, int first, int last) {
		int left = total;
		for (int number = first; number <= last; number++) {
			QuestionnaireItem item = questionnaire.items().get(number - 1);
			int score = Math.min(left, item.scores().get(item.scores().size() - 1));
			answers.put(item.key(), Integer.toString(score));
			left -= score;
		}
		if (left > 0) {
			throw new IllegalArgumentException("items %d–%d cannot carry a total of %d".formatted(first, last, total));
		}
		return this;
	}

	AnswerSheet item(int number, Object answer) {
		answers.put(key(number), answer);
		return this;
	}

	AnswerSheet withoutItem(int number) {
		answers.remove(key(number));
		return this;
	}

	Map<String, Object> answers() {
		return Collections.unmodifiableMap(answers);
	}

	private String key(int number) {
		return questionnaire.items().get(number - 1).key();
	}

}
