package se.vardflode.triage;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The region's triage settings, under {@code vardflode.triage}.
 *
 * @param healthCentres the units a triage contact may concern (the patient's health centre)
 * @param adviceLineUnit the advice line whose nurses triage and make promised call-backs
 * @param physicianUnit the physicians who assess acute suicide risk the same day
 * @param physicianEscalationAfter time from the physician task to the mail to the physicians and their manager
 * @param pstUnit the psychosocial team that assesses and runs the groups
 * @param pstAssessmentDeadline the care guarantee for the PST assessment in calendar days (vårdgaranti: medical
 *        assessment within 3 days)
 * @param groupWaitLimit how long a patient may wait for a group to start before the PST manager is told
 * @param groupSize how many patients start a group, and how many it takes at most
 */
@Validated
@ConfigurationProperties("vardflode.triage")
record TriageSettings(@NotEmpty List<String> healthCentres, @NotBlank String adviceLineUnit, @NotBlank String physicianUnit,
		@NotNull Duration physicianEscalationAfter, @NotBlank String pstUnit, @NotNull Period pstAssessmentDeadline,
		@NotNull Period groupWaitLimit, @NotNull @Valid GroupSize groupSize) {

	TriageSettings {
		healthCentres = List.copyOf(healthCentres);
	}

	/** Seed 001: "digitala grupper, 3–6 deltagare". */
	record GroupSize(@Min(1) int min, @Min(1) int max) {

		GroupSize {
			if (min > max) {
				throw new IllegalArgumentException("vardflode.triage.group-size.min must not be above max");
			}
		}

	}

}
