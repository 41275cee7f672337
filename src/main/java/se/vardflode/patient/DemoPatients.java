package se.vardflode.patient;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import se.vardflode.kernel.Personnummer;

/**
 * Demo patients who log in with a password, configured under {@code vardflode.patient.demo} in
 * {@code application-default.yaml} only. Their personnummer are test numbers (serial 980–999, Skatteverket's test
 * series, and the well-known 19121212-1212); the names are made up.
 */
@Validated
@ConfigurationProperties("vardflode.patient.demo")
record DemoPatients(String password, List<@Valid DemoPatient> patients) {

	DemoPatients {
		patients = patients == null ? List.of() : List.copyOf(patients);
		if (!patients.isEmpty() && (password == null || password.isBlank())) {
			throw new IllegalArgumentException("vardflode.patient.demo.password must be set when there are demo patients");
		}
	}

	Optional<DemoPatient> find(Personnummer personnummer) {
		return patients.stream().filter(patient -> Personnummer.parse(patient.personnummer()).equals(personnummer)).findFirst();
	}

	record DemoPatient(@NotBlank String personnummer, @NotBlank String name) {
	}

}
