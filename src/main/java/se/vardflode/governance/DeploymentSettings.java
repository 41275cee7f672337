package se.vardflode.governance;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxSize the largest deployment (all its files together) that is accepted; a larger one is refused by the
 *        deployment guard, and through {@code /engine-rest} before more than this is read into memory (default
 *        {@code 5MB}; all of processes/ and forms/ together are under 300 kB)
 */
@Validated
@ConfigurationProperties("vardflode.deployment")
record DeploymentSettings(@NotNull @DefaultValue("5MB") DataSize maxSize) {
}
