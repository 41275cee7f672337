package se.vardflode.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** When a chat closes, in Swedish time: the dates of the DST changes are 2027-03-28 and 2027-10-31. */
class ChatPeriodTest {

	static final Instant ENROLLED = Instant.parse("2026-11-23T09:00:00Z");

	@Test
	void one_year_from_enrollment_ends_on_the_same_date_and_hour() {
		assertThat(ChatPeriod.expiresAt(decided("enrollment", "P1Y"), ENROLLED, null, null)).isEqualTo("2027-11-23T09:00:00Z");
	}

	@Test
	void a_winter_enrollment_keeps_its_swedish_hour_across_daylight_saving() {
		// 10:00 Swedish winter time (UTC+1) on 2026-11-23; six months later it is summer time (UTC+2, from 2027-03-28):
		// still 10:00 in Sweden, so an hour earlier in UTC
		assertThat(ChatPeriod.expiresAt(decided("enrollment", "P6M"), ENROLLED, null, null)).isEqualTo("2027-05-23T08:00:00Z");
	}

	@Test
	void an_extension_into_winter_keeps_the_swedish_hour_across_daylight_saving() {
		// 10:00 summer time (UTC+2) on 2027-08-23; three months on, winter time (UTC+1, from 2027-10-31): 10:00 is 09:00 UTC
		assertThat(ChatPeriod.extend(Instant.parse("2027-08-23T08:00:00Z"), 3)).isEqualTo("2027-11-23T09:00:00Z");
	}

	@Test
	void mvc_chat_stays_open_through_the_day_twelve_weeks_after_the_due_date() {
		Instant expiresAt = ChatPeriod.expiresAt(decided("dueDate", "P12W"), ENROLLED, LocalDate.of(2027, 3, 1), null);

		// 2027-03-01 + 12 weeks = 2027-05-24; closes at midnight after it, Swedish summer time (UTC+2)
		assertThat(expiresAt).isEqualTo("2027-05-24T22:00:00Z");
	}

	@Test
	void after_the_delivery_the_mvc_chat_stays_open_through_the_day_twelve_weeks_after_the_birth() {
		Instant expiresAt = ChatPeriod.expiresAt(decided("birthDate", "P12W"), null, null, LocalDate.of(2027, 4, 20));

		// 2027-04-20 + 12 weeks = 2027-07-13, open through that day (Swedish summer time)
		assertThat(expiresAt).isEqualTo("2027-07-13T22:00:00Z");
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

	private static ChatPeriod.Decided decided(String periodStart, String openPeriod) {
		return new ChatPeriod.Decided(periodStart, openPeriod);
	}

	@Test
	void extension_counts_from_the_current_closing_time() {
		assertThat(ChatPeriod.extend(Instant.parse("2027-11-23T09:00:00Z"), 3)).isEqualTo("2028-02-23T09:00:00Z");
	}

}
