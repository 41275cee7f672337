package se.vardflode.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The SIP deadlines as a process owner configures them. */
class SipSettingsTest {

	@Test
	void defaults_are_14_days_to_the_meeting_and_7_and_14_days_for_an_unanswered_consent() {
		SipSettings settings = bind(Map.of());

		assertThat(settings.meetingDeadline()).isEqualTo(Duration.ofDays(14));
		assertThat(settings.consentReminderAfter()).isEqualTo(Duration.ofDays(7));
		assertThat(settings.consentFollowUpAfter()).isEqualTo(Duration.ofDays(14));
		assertThat(settings.regionOrganisation()).isEqualTo("Region Gävleborg");
	}

	@Test
	void a_region_may_set_a_shorter_meeting_deadline_in_iso_8601() {
		assertThat(bind(Map.of("vardflode.sip.meeting-deadline", "P10D")).meetingDeadline()).isEqualTo(Duration.ofDays(10));
	}

	@Test
	void a_meeting_deadline_of_zero_or_a_reminder_after_the_coordinator_task_is_refused() {
		assertThatThrownBy(() -> bind(Map.of("vardflode.sip.meeting-deadline", "P0D"))).hasStackTraceContaining("meeting-deadline must be positive");
		assertThatThrownBy(() -> bind(Map.of("vardflode.sip.consent-reminder-after", "P20D")))
			.hasStackTraceContaining("consent-reminder-after must come before");
	}

	@Test
	void a_child_under_18_is_consented_for_by_the_custodians_and_asked_herself_from_15() {
		SipSettings settings = bind(Map.of());

		assertThat(settings.adultAge()).isEqualTo(18);
		assertThat(settings.childConsentAge()).isEqualTo(15);
		assertThat(settings.municipalities()).hasSize(10).contains("Gävle kommun", "Söderhamns kommun");
		assertThat(bind(Map.of("vardflode.sip.child-consent-age", "12")).childConsentAge()).isEqualTo(12);
		assertThatThrownBy(() -> bind(Map.of("vardflode.sip.child-consent-age", "19"))).hasStackTraceContaining("child-consent-age");
	}

	static SipSettings defaults() {
		return bind(Map.of());
	}

	private static SipSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("vardflode.sip", SipSettings.class);
	}

}
