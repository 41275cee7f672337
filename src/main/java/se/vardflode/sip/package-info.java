/**
 * SIP coordination (samordnad individuell plan, HSL 16 kap 4 §, SoL 2 kap 7 §): the request API, the patient's
 * consent and its withdrawal, the SIP meeting with its deadline, the plan with huvudansvar, and its follow-ups.
 */
package se.vardflode.sip;
