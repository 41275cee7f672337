package se.vardflode.chat;

import java.time.Duration;
import java.time.Period;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import se.vardflode.identity.AgeRange;
import se.vardflode.identity.CareUnit;

/**
 * @param reminderLeadTime how long before a chat closes the patient/guardians are reminded and the unit gets the task
 *        "Förläng eller stäng chatten" (ISO-8601, default {@code P14D})
 * @param consentAnswerPeriod how long the patient (or the first guardian) has to answer whether a new participant may
 *        join the chat, before the request lapses: the consent task's due date and its timer (ISO-8601, default
 *        {@code P14D})
 * @param youthClinicAges the ages a youth clinic (UM) enrolls when its unit states no {@code age-range} of its own:
 *        youth clinics serve roughly 13 to 25 year olds (application.yaml: {@code min: 13, max: 25})
 */
@Validated
@ConfigurationProperties("vardflode.chat")
record ChatSettings(@NotNull @DefaultValue("P14D") Duration reminderLeadTime,
		@NotNull @DefaultValue("P14D") Period consentAnswerPeriod,
		@NotNull @Valid AgeRange youthClinicAges) {

	/** What an enrollment at this youth clinic checks the patient's age against. */
	AgeRange youthClinicAges(CareUnit unit) {
		return unit.findAgeRange().orElse(youthClinicAges);
	}

}
