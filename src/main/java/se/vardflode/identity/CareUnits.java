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
	}

	public Optional<CareUnit> find(String unitId) {
		return units.stream().filter(unit -> unit.id().equals(unitId)).findFirst();
	}

	/** The unit a process names; a missing unit here is a configuration error, not bad input. */
	public CareUnit get(String unitId) {
		return find(unitId).orElseThrow(() -> new IllegalStateException("No care unit with id '" + unitId + "' is configured"));
	}

}
