package se.vardflode.patient;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param tasklistRefreshWindow a staff member's Tasklist list (a filter's list) that shows a patient again within this
 *        time, by the same request path, writes no new row: Tasklist reloads an open list every ten seconds on its
 *        own, which would otherwise log every patient in it six times a minute for as long as the page is open.
 *        Every other read is logged each time. {@code PT0S} logs every reload (ISO-8601, default {@code PT10M})
 */
@Validated
@ConfigurationProperties("vardflode.access-log")
record AccessLogSettings(@NotNull @DefaultValue("PT10M") Duration tasklistRefreshWindow) {
}
