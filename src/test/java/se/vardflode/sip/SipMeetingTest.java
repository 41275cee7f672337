package se.vardflode.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The booking rules without the engine. */
class SipMeetingTest {

	static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	@Test
	void a_future_meeting_with_a_place_is_accepted_in_swedish_time() {
		SipMeeting.Parsed parsed = SipMeeting.parse("2026-12-01", "13:30", "Socialkontoret, rum 3", null);

		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.meeting().violations(NOW)).isEmpty();
		assertThat(parsed.meeting().startsAt()).isEqualTo(Instant.parse("2026-12-01T12:30:00Z"));
	}

	@Test
	void a_meeting_in_the_past_is_refused() {
		assertThat(SipMeeting.parse("2026-11-20", "10:00", "Rum 3", null).meeting().violations(NOW)).containsOnlyKeys("meetingDate");
	}

	@Test
	void a_meeting_needs_a_place_or_a_secure_video_link() {
		assertThat(SipMeeting.parse("2026-12-01", "10:00", null, null).meeting().violations(NOW)).containsOnlyKeys("meetingPlace");
		assertThat(SipMeeting.parse("2026-12-01", "10:00", " ", "http://video.example/x").meeting().violations(NOW))
			.containsOnlyKeys("meetingVideoLink");
		assertThat(SipMeeting.parse("2026-12-01", "10:00", null, "https://video.example/x").meeting().location())
			.isEqualTo("videomöte: https://video.example/x");
	}

	@Test
	void unreadable_date_and_time_are_reported_by_field() {
		assertThat(SipMeeting.parse("1 dec", "tio", "Rum 3", null).errors()).containsOnlyKeys("meetingDate", "meetingTime");
		assertThat(SipMeeting.parse(null, null, "Rum 3", null).errors()).containsOnlyKeys("meetingDate", "meetingTime");
	}

}
