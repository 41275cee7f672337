package se.vardflode.triage;

import java.util.List;

/**
 * One numbered item of a self-assessment questionnaire.
 *
 * @param number the item's number as the patient sees it on the form, from 1
 * @param key the form field that holds the answer, e.g. {@code phq9_q9}
 * @param scores the scores an answer to this item may have, ascending
 */
record QuestionnaireItem(int number, String key, List<Integer> scores) {

	QuestionnaireItem {
		scores = List.copyOf(scores);
	}

}
