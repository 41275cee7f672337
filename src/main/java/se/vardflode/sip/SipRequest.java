package se.vardflode.sip;

import java.util.List;

/**
 * A request for a SIP as staff send it to {@code POST /api/sip-requests}; checked by {@link SipRequestValidator}
 * before anything is started.
 *
 * @param patientPersonnummer the patient's personnummer or samordningsnummer
 * @param patientEmail where the patient may be reminded of the consent request (optional)
 * @param initiatingOrganisation e.g. "Gävle kommun" or "Region Gävleborg"
 * @param initiatingUnitId the configured unit whose coordinator runs the SIP
 * @param reason why a SIP is needed
 * @param participants who is proposed to take part
 * @param patientName optional: the patient's name, for the header of the SIP's tasks
 */
record SipRequest(String patientPersonnummer, String patientEmail, String initiatingOrganisation, String initiatingUnitId,
		String reason, Participants participants, String patientName) {

	SipRequest(String patientPersonnummer, String patientEmail, String initiatingOrganisation, String initiatingUnitId, String reason,
			Participants participants) {
		this(patientPersonnummer, patientEmail, initiatingOrganisation, initiatingUnitId, reason, participants, null);
	}

	/**
	 * @param regionUnitIds configured units, invited by a task to confirm
	 * @param external people outside the region (municipality, school, Försäkringskassan, relatives), invited by mail
	 */
	record Participants(List<String> regionUnitIds, List<ExternalParticipant> external) {
	}

	record ExternalParticipant(String name, String organisation, String email) {
	}

}
