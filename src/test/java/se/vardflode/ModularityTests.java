package se.vardflode;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each top-level package is a module; pathways use only the public types at the top of the others, with no cycles. */
class ModularityTests {

	@Test
	void modules_keep_to_their_boundaries() {
		ApplicationModules.of(VardflodeApplication.class).verify();
	}

}
