package se.vardflode.triage;

import java.util.Map;

/**
 * Scores PHQ-9 (Patient Health Questionnaire-9) as the patient answered it in {@code forms/phq-9.form}: nine items, each
 * 0 ("Inte alls") to 3 ("Nästan varje dag"), total 0–27. Answers are read as {@link Questionnaire} describes.
 */
final class Phq9Scorer {

	static final Questionnaire PHQ_9 = new Questionnaire("PHQ-9", "phq9", 9, item -> Questionnaire.zeroTo(3));

	/** Item 9: "Tankar att det skulle vara bättre om du var död eller att du skulle skada dig på något sätt". */
	private static final int SUICIDAL_THOUGHTS_ITEM = 9;

	Phq9Score score(Map<String, ?> answers) {
		Questionnaire.Scores scores = PHQ_9.read(answers);
		int total = scores.total();
		// Any answer above 0 on item 9 needs a same-day evaluation by a physician, whatever the total: a patient can
		// have a minimal total and still think of being better off dead (issue 4; the PHQ-9 instructions say a
		// positive item 9 must be followed up with a suicide-risk assessment regardless of the total).
		boolean suicideRiskSignal = scores.ofItem(SUICIDAL_THOUGHTS_ITEM) > 0;
		return new Phq9Score(total, Phq9Score.Band.of(total), suicideRiskSignal);
	}

}
