package se.vardflode.referral;

import java.time.Duration;
import java.time.Period;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
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
 * @param acuteContactDeadline time for the sending unit to reach the receiver by phone when the routing table asks
 *        for a direct contact (high suicide risk)
 * @param interimCheckCycle how often the sending unit is reminded of the patient it keeps while waiting (ISO-8601
 *        repeating interval)
 * @param careGuaranteeWarning time from the referral being sent to the care-guarantee warning
 * @param careGuaranteeLimit time from the referral being sent within which the first specialist visit must happen
 *        (vårdgarantin: 90 calendar days)
 * @param advisersUnit the group above both units that decides when they disagree in a joint consultation (a unit in
 *        {@code vardflode.units}, so that it is provisioned like every other group)
 * @param advisersDecisionDeadline time the advisers have for that decision before their manager is told
 */
@Validated
@ConfigurationProperties("vardflode.referral")
record ReferralSettings(@NotEmpty Map<Receiver, String> receivers, @NotNull Duration assessmentDeadline,
		@NotNull Duration urgentAssessmentDeadline, @NotNull Duration acuteContactDeadline, @NotNull String interimCheckCycle,
		@NotNull Period careGuaranteeWarning, @NotNull Period careGuaranteeLimit, @NotBlank String advisersUnit,
		@NotNull Period advisersDecisionDeadline) {
}
