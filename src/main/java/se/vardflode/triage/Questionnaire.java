package se.vardflode.triage;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The items of one self-assessment questionnaire and how its answers are read from the submitted form.
 * <p>
 * Convention for every questionnaire form in {@code forms/}: an answer option's value is its score as a decimal
 * string ({@code "0"} .. {@code "4"}), which is what a form-js radio group submits. Anything else — no answer, a number
 * instead of the string, a score the item does not have — is an {@link InvalidAnswerException} naming the item, never
 * a silent zero.
 */
final class Questionnaire {

	private final String name;
	private final List<QuestionnaireItem> items;

	/**
	 * @param name the questionnaire's name as staff know it, e.g. "PHQ-9"
	 * @param keyPrefix the prefix of the form field keys: item {@code n} is stored as {@code <keyPrefix>_q<n>}
	 * @param itemCount the number of items
	 * @param scoresOfItem the allowed scores of item {@code n} (numbered from 1)
	 */
	Questionnaire(String name, String keyPrefix, int itemCount, IntFunction<List<Integer>> scoresOfItem) {
		this.name = name;
		this.items = IntStream.rangeClosed(1, itemCount)
			.mapToObj(number -> new QuestionnaireItem(number, keyPrefix + "_q" + number, scoresOfItem.apply(number)))
			.toList();
	}

	static List<Integer> zeroTo(int max) {
		return IntStream.rangeClosed(0, max).boxed().toList();
	}

	String name() {
		return name;
	}

	List<QuestionnaireItem> items() {
		return items;
	}

	/**
	 * Reads the score of every item.
	 *
	 * @throws InvalidAnswerException for the first item, in item order, whose answer is missing or not one of its scores
	 */
	Scores read(Map<String, ?> answers) {
		Objects.requireNonNull(answers, "answers");
		return new Scores(items.stream().mapToInt(item -> scoreOf(item, answers.get(item.key()))).toArray());
	}

	private int scoreOf(QuestionnaireItem item, Object answer) {
		if (answer == null || answer instanceof String text && text.isBlank()) {
			throw new InvalidAnswerException(name, item, InvalidAnswerException.Problem.MISSING, answer);
		}
		if (answer instanceof String text) {
			for (int score : item.scores()) {
				if (text.equals(Integer.toString(score))) {
					return score;
				}
			}
		}
		throw new InvalidAnswerException(name, item, InvalidAnswerException.Problem.NOT_A_SCORE, answer);
	}

	/** The score of each item of one completed questionnaire. */
	static final class Scores {

		private final int[] byItem;

		private Scores(int[] byItem) {
			this.byItem = byItem;
		}

		int total() {
			return IntStream.of(byItem).sum();
		}

		/** The score of item {@code number}, numbered from 1 as on the form. */
		int ofItem(int number) {
			return byItem[number - 1];
		}

	}

}
