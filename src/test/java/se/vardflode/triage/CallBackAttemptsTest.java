package se.vardflode.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** When an unanswered call-back is tried again, with the defaults of application.yaml, in Swedish time. */
class CallBackAttemptsTest {

	CallBackAttempts attempts = new CallBackAttempts(new CallBackSettings(List.of(
			new CallBackSettings.Retry(0, Duration.ofHours(2)), new CallBackSettings.Retry(1, Duration.ZERO)), Duration.ofDays(1)));

	@Test
	void first_retry_is_the_same_day_two_hours_later() {
		assertThat(attempts.next(1, Instant.parse("2026-11-27T09:00:00Z"))).contains(Instant.parse("2026-11-27T11:00:00Z"));
	}

	@Test
	void second_retry_after_a_friday_call_is_on_monday_at_the_same_time() {
		// Friday 2026-11-27 15:00 in Sweden
		assertThat(attempts.next(2, Instant.parse("2026-11-27T14:00:00Z"))).contains(Instant.parse("2026-11-30T14:00:00Z"));
	}

	@Test
	void the_next_working_day_keeps_the_swedish_time_of_day_across_the_change_to_summer_time() {
		// Friday 2027-03-26 10:00 CET; Monday 2027-03-29 10:00 CEST
		assertThat(attempts.next(2, Instant.parse("2027-03-26T09:00:00Z"))).contains(Instant.parse("2027-03-29T08:00:00Z"));
	}

	@Test
	void no_retry_is_left_after_the_configured_ones() {
		assertThat(attempts.next(3, Instant.parse("2026-11-27T09:00:00Z"))).isEmpty();
		assertThat(attempts.followUpDue(Instant.parse("2026-11-27T09:00:00Z"))).isEqualTo("2026-11-28T09:00:00Z");
	}

}
