package se.vardflode.patient;

import java.util.Optional;

import org.springframework.security.core.Authentication;

import se.vardflode.kernel.Personnummer;

/**
 * Who is logged in on the patient side, for the pathways' own patient endpoints under {@code /api/patient/**} (the
 * patient chain has authenticated the request): the personnummer of the patient or custodian, whichever way she logged
 * in. Any other authentication names no patient.
 */
public final class PatientLogins {

	private PatientLogins() {
	}

	public static Optional<Personnummer> personnummerOf(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof LoggedInPatient patient) {
			return Optional.of(patient.patient().personnummer());
		}
		return Optional.empty();
	}

}
