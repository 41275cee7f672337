package se.vardflode.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AllowedObjectTypesTest {

	final AllowedObjectTypes types = new AllowedObjectTypes();

	@Test
	void allows_the_json_list_of_unit_ids_that_sip_stores() {
		assertThat(types.refusedIn("java.util.ArrayList<java.lang.String>")).isEmpty();
		// Spin's name for an empty list
		assertThat(types.refusedIn("java.util.ArrayList<java.lang.Object>")).isEmpty();
	}

	@Test
	void refuses_what_camundas_default_allow_list_lets_through() {
		// Camunda's default allows every class whose name starts with java.lang
		assertThat(types.validate("java.lang.ProcessBuilder")).isFalse();
		assertThat(types.validate("java.lang.reflect.Proxy")).isFalse();
		assertThat(types.validate("java.util.HashMap")).isFalse();
	}

	@Test
	void names_every_refused_class_in_a_generic_type() {
		assertThat(types.refusedIn("java.util.LinkedHashMap<java.lang.String, java.io.FileOutputStream>"))
			.containsExactly("java.io.FileOutputStream");
		assertThat(types.refusedIn("java.util.ArrayList<java.net.URL>")).containsExactly("java.net.URL");
	}

}
