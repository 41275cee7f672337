package se.vardflode.triage;

import java.util.Map;

/**
 * Scores GAD-7 (Generalized Anxiety Disorder 7-item scale) as the patient answered it in {@code forms/gad-7.form}: seven
 * items, each 0 ("Inte alls") to 3 ("Nästan varje dag"), total 0–21. Answers are read as {@link Questionnaire}
 * describes.
 */
final class Gad7Scorer {

	static final Questionnaire GAD_7 = new Questionnaire("GAD-7", "gad7", 7, item -> Questionnaire.zeroTo(3));

	Gad7Score score(Map<String, ?> answers) {
		int total = GAD_7.read(answers).total();
		return new Gad7Score(total, Gad7Score.Band.of(total));
	}

}
