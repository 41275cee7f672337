package se.vardflode.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChatPeriodTest {

	static final Instant ENROLLED = Instant.parse("2026-11-23T09:00:00Z");

	@Test
	void one_year_from_enrollment_ends_on_the_same_date_and_hour() {
		assertThat(ChatPeriod.expiresAt("enrollment", "P1Y", ENROLLED, null)).isEqualTo("2027-11-23T09:00:00Z");
	}

	@Test
	void a_summer_enrollment_keeps_its_swedish_hour_across_daylight_saving() {
		// 11:00 Swedish summer time stays 11:00 a year later, also in UTC since both dates are in summer time
		assertThat(ChatPeriod.expiresAt("enrollment", "P1Y", Instant.parse("2026-06-01T09:00:00Z"), null))
			.isEqualTo("2027-06-01T09:00:00Z");
	}

	@Test
	void mvc_chat_stays_open_through_the_day_twelve_weeks_after_the_due_date() {
		Instant expiresAt = ChatPeriod.expiresAt("dueDate", "P12W", ENROLLED, LocalDate.of(2027, 3, 1));

		// 2027-03-01 + 12 weeks = 2027-05-24; closes at midnight after it, Swedish summer time (UTC+2)
		assertThat(expiresAt).isEqualTo("2027-05-24T22:00:00Z");
	}

	@Test
	void reminder_is_due_the_lead_time_before_closing() {
		assertThat(ChatPeriod.reminderAt(Instant.parse("2027-11-23T09:00:00Z"), Duration.ofDays(14), ENROLLED))
			.isEqualTo("2027-11-09T09:00:00Z");
	}

	@Test
	void reminder_of_a_chat_shorter_than_the_lead_time_is_due_at_once() {
		assertThat(ChatPeriod.reminderAt(ENROLLED.plus(Duration.ofDays(3)), Duration.ofDays(14), ENROLLED)).isEqualTo(ENROLLED);
	}

	@Test
	void extension_counts_from_the_current_closing_time() {
		assertThat(ChatPeriod.extend(Instant.parse("2027-11-23T09:00:00Z"), 3)).isEqualTo("2028-02-23T09:00:00Z");
	}

}
