package se.vardflode.chat;

import java.time.Duration;
import java.time.Period;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param reminderLeadTime how long before a chat closes the patient/guardians are reminded and the unit gets the task
 *        "Förläng eller stäng chatten" (ISO-8601, default {@code P14D})
 * @param consentAnswerPeriod how long the patient (or the first guardian) has to answer whether a new participant may
 *        join the chat, before the request lapses: the consent task's due date and its timer (ISO-8601, default
 *        {@code P14D})
 */
@Validated
@ConfigurationProperties("vardflode.chat")
record ChatSettings(@NotNull @DefaultValue("P14D") Duration reminderLeadTime,
		@NotNull @DefaultValue("P14D") Period consentAnswerPeriod) {
}
