package se.vardflode.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.vardflode.triage.Phq9Scorer.PHQ_9;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.vardflode.triage.InvalidAnswerException.Problem;
import se.vardflode.triage.Phq9Score.Band;

class Phq9ScorerTest {

	Phq9Scorer scorer = new Phq9Scorer();

	@ParameterizedTest(name = "a total of {0} is {1}")
	@CsvSource({
			"0, MINIMAL", "4, MINIMAL",
			"5, MILD", "9, MILD",
			"10, MODERATE", "14, MODERATE",
			"15, MODERATELY_SEVERE", "19, MODERATELY_SEVERE",
			"20, SEVERE", "24, SEVERE" })
	void total_falls_in_the_published_severity_band(int total, Band band) {
		Phq9Score score = scorer.score(AnswerSheet.noComplaints(PHQ_9).totalling(total, 1, 8).answers());

		assertThat(score.total()).isEqualTo(total);
		assertThat(score.band()).isEqualTo(band);
	}

	@Test
	void highest_answers_on_every_item_give_the_maximum_total_of_27() {
		Phq9Score score = scorer.score(AnswerSheet.noComplaints(PHQ_9).totalling(27, 1, 9).answers());

		assertThat(score.total()).isEqualTo(27);
		assertThat(score.band()).isEqualTo(Band.SEVERE);
	}

	@Test
	void thoughts_of_being_better_off_dead_on_several_days_signal_suicide_risk_even_with_a_minimal_total() {
		Phq9Score score = scorer.score(AnswerSheet.noComplaints(PHQ_9).totalling(2, 1, 8).item(9, "1").answers());

		assertThat(score.total()).isEqualTo(3);
		assertThat(score.band()).isEqualTo(Band.MINIMAL);
		assertThat(score.suicideRiskSignal()).isTrue();
	}

	@Test
	void a_severe_total_without_thoughts_of_being_better_off_dead_is_no_suicide_risk_signal() {
		Phq9Score score = scorer.score(AnswerSheet.noComplaints(PHQ_9).totalling(24, 1, 8).answers());

		assertThat(score.band()).isEqualTo(Band.SEVERE);
		assertThat(score.suicideRiskSignal()).isFalse();
	}

	@Test
	void an_unanswered_item_is_an_error_naming_the_item_not_a_zero() {
		InvalidAnswerException error = catchThrowableOfType(InvalidAnswerException.class,
				() -> scorer.score(AnswerSheet.noComplaints(PHQ_9).withoutItem(9).answers()));

		assertThat(error.item()).isEqualTo("phq9_q9");
		assertThat(error.problem()).isEqualTo(Problem.MISSING);
		assertThat(error).hasMessage("PHQ-9 fråga 9 (phq9_q9) är obesvarad");
	}

	@Test
	void a_blank_answer_is_an_unanswered_item() {
		InvalidAnswerException error = catchThrowableOfType(InvalidAnswerException.class,
				() -> scorer.score(AnswerSheet.noComplaints(PHQ_9).item(2, " ").answers()));

		assertThat(error.item()).isEqualTo("phq9_q2");
		assertThat(error.problem()).isEqualTo(Problem.MISSING);
	}

	@ParameterizedTest(name = "answer \"{0}\"")
	@ValueSource(strings = { "4", "-1", "1.0", "Flera dagar" })
	void an_answer_that_is_not_one_of_the_items_scores_is_an_error_naming_the_item(String answer) {
		InvalidAnswerException error = catchThrowableOfType(InvalidAnswerException.class,
				() -> scorer.score(AnswerSheet.noComplaints(PHQ_9).item(3, answer).answers()));

		assertThat(error.item()).isEqualTo("phq9_q3");
		assertThat(error.problem()).isEqualTo(Problem.NOT_A_SCORE);
		assertThat(error).hasMessageContaining("PHQ-9 fråga 3 (phq9_q3)").hasMessageContaining("[0, 1, 2, 3]");
	}

	@Test
	void an_answer_stored_as_a_number_instead_of_the_forms_string_is_an_error() {
		InvalidAnswerException error = catchThrowableOfType(InvalidAnswerException.class,
				() -> scorer.score(AnswerSheet.noComplaints(PHQ_9).item(1, 2).answers()));

		assertThat(error.item()).isEqualTo("phq9_q1");
		assertThat(error.problem()).isEqualTo(Problem.NOT_A_SCORE);
	}

}
