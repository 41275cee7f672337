package se.vardflode.triage;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.vardflode.kernel.CareTime;

/**
 * When a patient who did not answer a promised call-back is called again (issue 18 item 7, seed 001: "Jag har fått
 * behöva jaga då jag inte fick någon kontakt med PST trots att de sade att jag skulle bli uppringd"): the configured
 * retries in turn, counted in Swedish time from the unanswered call; none left, and the unit follows up instead.
 * Working days are Monday to Friday; public holidays are not known here (a retry on one waits in the unit's list).
 */
@Component
class CallBackAttempts {

	private final CallBackSettings settings;

	CallBackAttempts(CallBackSettings settings) {
		this.settings = settings;
	}

	/**
	 * @param unanswered how many calls have gone unanswered, the one just made included (1 after the first)
	 * @param unansweredAt when the last one was made
	 * @return when to call next; empty when every retry has been made
	 */
	Optional<Instant> next(int unanswered, Instant unansweredAt) {
		if (unanswered < 1 || unanswered > settings.retries().size()) {
			return Optional.empty();
		}
		CallBackSettings.Retry retry = settings.retries().get(unanswered - 1);
		ZonedDateTime day = CareTime.inSweden(unansweredAt);
		for (int added = 0; added < retry.workingDaysLater();) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				added++;
			}
		}
		return Optional.of(day.plus(retry.after()).toInstant());
	}

	/** When the unit is to have followed up a patient it could not reach. */
	Instant followUpDue(Instant unreachedAt) {
		return CareTime.plus(unreachedAt, settings.followUpWithin());
	}

	private static boolean isWorkingDay(ZonedDateTime day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
