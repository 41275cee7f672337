package se.vardflode.sip;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The SIP pathway's settings, configured under {@code vardflode.sip} (durations in ISO-8601). One deployment serves
 * one region, so each of them is the region's own.
 *
 * @param meetingDeadline from consent to the SIP meeting, in calendar days. The regions' SIP agreements between region
 *        and municipalities ask for the meeting "utan dröjsmål" and put it between 10 and 21 days; the default P14D is
 *        ten working days, inside every region's range, and a week sooner than the range's top (README, "SIP")
 * @param consentReminderAfter when a patient who has not answered the consent request is reminded
 * @param consentFollowUpAfter when the coordinator gets a task to contact a patient who still has not answered
 * @param regionOrganisation the region as it is named as huvudansvar (every region unit belongs to it)
 * @param municipalities the municipalities in the region, as they are named as huvudansvar: HSL 16 kap. 4 § and SoL
 *        2 kap. 7 § give the overall responsibility to the region or the municipality, no one else
 * @param adultAge from this age the patient consents alone; under it the custodians consent (FB 6 kap. 11 §)
 * @param childConsentAge from this age a child is asked for her own consent beside the custodians' (SoL 11 kap. 10 §:
 *        a child of 15 speaks for herself in matters under SoL)
 * @param requestDecisionDeadline how long a unit has to answer a patient's or a custodian's request for a SIP
 */
@Validated
@ConfigurationProperties("vardflode.sip")
record SipSettings(
		@NotNull @DefaultValue("P14D") Duration meetingDeadline,
		@NotNull @DefaultValue("P7D") Duration consentReminderAfter,
		@NotNull @DefaultValue("P14D") Duration consentFollowUpAfter,
		@NotBlank @DefaultValue("Region Gävleborg") String regionOrganisation,
		@NotEmpty @DefaultValue({ "Bollnäs kommun", "Gävle kommun", "Hofors kommun", "Hudiksvalls kommun", "Ljusdals kommun",
				"Nordanstigs kommun", "Ockelbo kommun", "Ovanåkers kommun", "Sandvikens kommun",
				"Söderhamns kommun" }) List<@NotBlank String> municipalities,
		@Min(1) @Max(18) @DefaultValue("18") int adultAge,
		@Min(0) @Max(18) @DefaultValue("15") int childConsentAge,
		@NotNull @DefaultValue("P7D") Duration requestDecisionDeadline) {

	SipSettings {
		municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
		if (meetingDeadline != null && (meetingDeadline.isNegative() || meetingDeadline.isZero())) {
			throw new IllegalArgumentException("vardflode.sip.meeting-deadline must be positive");
		}
		if (consentReminderAfter != null && consentFollowUpAfter != null && !consentReminderAfter.minus(consentFollowUpAfter).isNegative()) {
			throw new IllegalArgumentException("vardflode.sip.consent-reminder-after must come before consent-follow-up-after");
		}
		if (childConsentAge > adultAge) {
			throw new IllegalArgumentException("vardflode.sip.child-consent-age must not be above adult-age");
		}
		if (requestDecisionDeadline != null && (requestDecisionDeadline.isNegative() || requestDecisionDeadline.isZero())) {
			throw new IllegalArgumentException("vardflode.sip.request-decision-deadline must be positive");
		}
	}

	/** The municipality of this name as configured, if it is one of the region's. */
	java.util.Optional<String> municipality(String name) {
		return name == null ? java.util.Optional.empty()
				: municipalities.stream().filter(municipality -> municipality.equalsIgnoreCase(name.strip())).findFirst();
	}

}
