/**
 * The patient: the {@link se.vardflode.patient.Personnummer} value type every pathway validates at its edge, and
 * the patient page at {@code /patient}, where patients and guardians complete their forms (for now a placeholder
 * page that tells patients it is not open yet).
 */
package se.vardflode.patient;
