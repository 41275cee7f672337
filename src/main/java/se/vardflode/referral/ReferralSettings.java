package se.vardflode.referral;

import java.time.Duration;
import java.time.Period;
import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import se.vardflode.referral.ReferralTypes.Receiver;

/**
 * The region's referral settings, under {@code vardflode.referral}.
 *
 * @param receivers the unit that receives for each receiver the routing table can name
 * @param assessmentDeadline time to assess a normal referral before the receiving unit's manager is told
 * @param urgentAssessmentDeadline the same for an urgent one
 * @param interimCheckCycle how often the sending unit is reminded of the patient it keeps while waiting (ISO-8601
 *        repeating interval)
 * @param careGuaranteeWarning time from acceptance to the care-guarantee warning
 * @param careGuaranteeLimit time from acceptance within which the first specialist visit must happen
 */
@Validated
@ConfigurationProperties("vardflode.referral")
record ReferralSettings(@NotEmpty Map<Receiver, String> receivers, @NotNull Duration assessmentDeadline,
		@NotNull Duration urgentAssessmentDeadline, @NotNull String interimCheckCycle, @NotNull Period careGuaranteeWarning,
		@NotNull Period careGuaranteeLimit) {
}
