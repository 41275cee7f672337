package se.vardflode.patient;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import se.vardflode.kernel.Personnummer;

/**
 * The default profile's patient login: personnummer and the demo password. Only the patient chain uses it, so a
 * staff account cannot log in as a patient, and a patient login is no staff login.
 */
class DemoPatientAuthenticationProvider implements AuthenticationProvider {

	static final String PATIENT_ROLE = "ROLE_PATIENT";

	private final DemoPatients demoPatients;

	DemoPatientAuthenticationProvider(DemoPatients demoPatients) {
		this.demoPatients = demoPatients;
	}

	static Authentication authenticated(PatientPrincipal patient) {
		return UsernamePasswordAuthenticationToken.authenticated(patient, null, List.of(new SimpleGrantedAuthority(PATIENT_ROLE)));
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		Personnummer personnummer;
		try {
			personnummer = Personnummer.parse(authentication.getName());
		}
		catch (IllegalArgumentException ex) {
			throw new BadCredentialsException("Fel personnummer eller lösenord");
		}
		Object password = authentication.getCredentials();
		return demoPatients.find(personnummer)
			.filter(patient -> password != null && MessageDigest.isEqual(password.toString().getBytes(StandardCharsets.UTF_8),
					demoPatients.password().getBytes(StandardCharsets.UTF_8)))
			.map(patient -> authenticated(new PatientPrincipal(personnummer, patient.name())))
			.orElseThrow(() -> new BadCredentialsException("Fel personnummer eller lösenord"));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
