package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.Personnummer;

/** Where the name on a task header comes from, and how a region puts its population register in its place. */
class PatientDirectoryTest {

	static final Personnummer TOLVAN = Personnummer.parse("19121212-1212");
	static final DemoPatients DEMO = new DemoPatients("demo", List.of(new DemoPatients.DemoPatient("19121212-1212", "Tolvan Tolvansson")));

	final PatientDirectory directory = new EntryPointPatientDirectory(DEMO);

	@Test
	void the_name_given_at_the_entry_point_comes_first() {
		assertThat(directory.nameOf(TOLVAN, Optional.of(PatientName.parse("Tolvan Tolvsson")))).contains(PatientName.parse("Tolvan Tolvsson"));
	}

	@Test
	void without_one_a_demo_patient_has_her_demo_name_and_anyone_else_none() {
		assertThat(directory.nameOf(TOLVAN, Optional.empty())).contains(PatientName.parse("Tolvan Tolvansson"));
		assertThat(directory.nameOf(Personnummer.parse("19890101-9805"), Optional.empty())).isEmpty();
	}

	@Test
	void a_regions_own_directory_replaces_the_default() {
		new ApplicationContextRunner().withBean(DemoPatients.class, () -> DEMO)
			.withUserConfiguration(RegionRegister.class, PatientDirectoryConfiguration.class)
			.run(context -> {
				assertThat(context).hasSingleBean(PatientDirectory.class);
				assertThat(context.getBean(PatientDirectory.class).nameOf(TOLVAN, Optional.empty())).contains(PatientName.parse("Tolvan Registersson"));
			});
	}

	@Test
	void without_one_the_default_is_used() {
		new ApplicationContextRunner().withBean(DemoPatients.class, () -> DEMO).withUserConfiguration(PatientDirectoryConfiguration.class)
			.run(context -> assertThat(context.getBean(PatientDirectory.class)).isInstanceOf(EntryPointPatientDirectory.class));
	}

	/** Stands in for a region's adapter to its population register (no such service is faked anywhere else). */
	@Configuration(proxyBeanMethods = false)
	static class RegionRegister {

		@Bean
		PatientDirectory populationRegister() {
			return (patient, givenAtEntry) -> Optional.of(PatientName.parse("Tolvan Registersson"));
		}

	}

}
