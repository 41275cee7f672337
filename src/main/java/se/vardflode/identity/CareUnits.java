package se.vardflode.identity;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The region's care units, configured under {@code vardflode.units}. */
@Validated
@ConfigurationProperties("vardflode")
public record CareUnits(@NotEmpty List<@Valid CareUnit> units) {

	public CareUnits {
		units = List.copyOf(units);
		// each id is a Camunda group and each HSA-id a login's unit: two units with one of them would share staff and tasks
		List<String> names = units.stream().flatMap(unit -> java.util.stream.Stream.of(unit.id(), unit.hsaId())).filter(java.util.Objects::nonNull).toList();
		names.stream().filter(name -> names.indexOf(name) != names.lastIndexOf(name)).findFirst().ifPresent(twice -> {
			throw new IllegalArgumentException("vardflode.units names '" + twice + "' for two units");
		});
	}

	public Optional<CareUnit> find(String unitId) {
		return units.stream().filter(unit -> unit.id().equals(unitId)).findFirst();
	}

	/** The unit an identity provider's unit claim value names (its HSA-id or its id). */
	public Optional<CareUnit> namedBy(String claimValue) {
		return units.stream().filter(unit -> unit.isNamedBy(claimValue)).findFirst();
	}

	/** The unit a process names; a missing unit here is a configuration error, not bad input. */
	public CareUnit get(String unitId) {
		return find(unitId).orElseThrow(() -> new IllegalStateException("No care unit with id '" + unitId + "' is configured"));
	}

}
