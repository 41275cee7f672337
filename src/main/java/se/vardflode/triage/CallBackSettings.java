package se.vardflode.triage;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How a promised call-back that the patient does not answer is tried again, under {@code vardflode.call-back}.
 *
 * @param retries the attempts after an unanswered call, in order; after the last one the patient is messaged and the
 *        unit gets the follow-up task (application.yaml: two, the same day two hours later and the next working day)
 * @param followUpWithin how soon the unit is to follow up a patient it could not reach (the follow-up task's due date)
 */
@Validated
@ConfigurationProperties("vardflode.call-back")
record CallBackSettings(@NotNull List<@NotNull @Valid Retry> retries, @NotNull Duration followUpWithin) {

	CallBackSettings {
		retries = List.copyOf(retries);
	}

	/**
	 * One more attempt: {@code workingDaysLater} working days (Monday to Friday) after the unanswered call, at the same
	 * time of day, plus {@code after}. {@code {working-days-later: 0, after: PT2H}} is the same day two hours later,
	 * {@code {working-days-later: 1, after: PT0S}} the next working day at the same time.
	 */
	record Retry(@Min(0) int workingDaysLater, @NotNull Duration after) {
	}

}
