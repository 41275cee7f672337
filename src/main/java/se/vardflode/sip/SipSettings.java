package se.vardflode.sip;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Deadlines of the SIP pathway, configured under {@code vardflode.sip} in ISO-8601.
 *
 * @param meetingDeadline from consent to the SIP meeting; regions use 10–21 days ("utan dröjsmål")
 * @param consentReminderAfter when a patient who has not answered the consent request is reminded
 * @param consentFollowUpAfter when the coordinator gets a task to contact a patient who still has not answered
 * @param regionOrganisation the organisation every region unit belongs to, as it may be named as huvudansvar
 */
@Validated
@ConfigurationProperties("vardflode.sip")
record SipSettings(
		@NotNull @DefaultValue("P21D") Duration meetingDeadline,
		@NotNull @DefaultValue("P7D") Duration consentReminderAfter,
		@NotNull @DefaultValue("P14D") Duration consentFollowUpAfter,
		@NotBlank @DefaultValue("Region Gävleborg") String regionOrganisation) {

	SipSettings {
		if (meetingDeadline != null && (meetingDeadline.isNegative() || meetingDeadline.isZero())) {
			throw new IllegalArgumentException("vardflode.sip.meeting-deadline must be positive");
		}
		if (consentReminderAfter != null && consentFollowUpAfter != null && !consentReminderAfter.minus(consentFollowUpAfter).isNegative()) {
			throw new IllegalArgumentException("vardflode.sip.consent-reminder-after must come before consent-follow-up-after");
		}
	}

}
