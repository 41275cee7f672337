/**
 * Triage to the psychosocial team (PST): the advice-line contact, the self-assessment questionnaires (PHQ-9, GAD-7,
 * AUDIT, DUDIT) and their scoring, the route decision, the PST assessment, group treatment and the promised call-back.
 */
package se.vardflode.triage;
