package se.vardflode;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Package by pathway or capability, checked: no cycles, and no module reaches into another's internals. */
class ModularityTests {

	@Test
	void modules_respect_their_boundaries() {
		ApplicationModules.of(VardflodeApplication.class).verify();
	}

}
