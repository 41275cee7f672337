package se.vardflode.triage;

/**
 * The patient's sex as the AUDIT and DUDIT cut-offs use it: the published cut-offs are validated for women and men
 * only, so the sex recorded for the patient (the personnummer's) chooses the cut-off.
 */
enum Sex {
	FEMALE, MALE
}
