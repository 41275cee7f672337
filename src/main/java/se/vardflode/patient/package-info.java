/**
 * The patient page at {@code /patient}, where patients and guardians complete their forms. For now a placeholder
 * page that tells patients it is not open yet.
 */
package se.vardflode.patient;
