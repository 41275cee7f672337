package se.vardflode;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Package by pathway or capability, checked: no cycles, no module reaching into another's internals, and each
 * module depending only on what its {@code package-info.java} declares ({@code @ApplicationModule(allowedDependencies
 * = ...)}). Writes the module documentation — a component diagram of all modules, one per module, and a canvas of
 * each module's API — into {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	ApplicationModules modules = ApplicationModules.of(VardflodeApplication.class);

	@Test
	void modules_respect_their_boundaries() {
		modules.verify();
	}

	@Test
	void module_documentation_is_written() {
		new Documenter(modules).writeDocumentation();
	}

}
