package se.vardflode.patient;

/** The patient behind a login, whichever way (demo password or OpenID Connect) it was made. */
interface LoggedInPatient {

	PatientPrincipal patient();

}
