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
 * @param mvcClosesAfterDelivery how long after the birth the mother's MVC chat stays open, until the postnatal
 *        visit (ISO-8601, default {@code P12W})
 */
@Validated
@ConfigurationProperties("vardflode.chat")
record ChatSettings(@NotNull @DefaultValue("P14D") Duration reminderLeadTime,
		@NotNull @DefaultValue("P12W") Period mvcClosesAfterDelivery) {
}
