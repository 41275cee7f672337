package se.vardflode.patient;

import java.io.Serializable;
import java.security.Principal;

import se.vardflode.kernel.Personnummer;

/** A logged-in patient. The name is the personnummer's masked form, so that a principal in a log line reveals nothing. */
record PatientPrincipal(Personnummer personnummer, String displayName) implements Principal, Serializable, LoggedInPatient {

	@Override
	public String getName() {
		return personnummer.masked();
	}

	@Override
	public PatientPrincipal patient() {
		return this;
	}
}
