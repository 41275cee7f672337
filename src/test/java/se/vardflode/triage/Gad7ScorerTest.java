package se.vardflode.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.vardflode.triage.Gad7Scorer.GAD_7;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.vardflode.triage.Gad7Score.Band;
import se.vardflode.triage.InvalidAnswerException.Problem;

class Gad7ScorerTest {

	Gad7Scorer scorer = new Gad7Scorer();

	@ParameterizedTest(name = "a total of {0} is {1}")
	@CsvSource({
			"0, MINIMAL", "4, MINIMAL",
			"5, MILD", "9, MILD",
			"10, MODERATE", "14, MODERATE",
			"15, SEVERE", "21, SEVERE" })
	void total_falls_in_the_band_of_the_cut_points_5_10_and_15(int total, Band band) {
		Gad7Score score = scorer.score(AnswerSheet.noComplaints(GAD_7).totalling(total, 1, 7).answers());

		assertThat(score.total()).isEqualTo(total);
		assertThat(score.band()).isEqualTo(band);
	}

	@Test
	void an_unanswered_item_is_an_error_naming_the_item_not_a_zero() {
		InvalidAnswerException error = catchThrowableOfType(InvalidAnswerException.class,
				() -> scorer.score(AnswerSheet.noComplaints(GAD_7).withoutItem(7).answers()));

		assertThat(error.item()).isEqualTo("gad7_q7");
		assertThat(error.problem()).isEqualTo(Problem.MISSING);
	}

	@Test
	void an_answer_above_nearly_every_day_is_an_error_naming_the_item() {
		InvalidAnswerException error = catchThrowableOfType(InvalidAnswerException.class,
				() -> scorer.score(AnswerSheet.noComplaints(GAD_7).item(4, "4").answers()));

		assertThat(error.item()).isEqualTo("gad7_q4");
		assertThat(error.problem()).isEqualTo(Problem.NOT_A_SCORE);
	}

}
