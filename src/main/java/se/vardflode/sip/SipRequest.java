package se.vardflode.sip;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.vardflode.kernel.constraints.Email;
import se.vardflode.kernel.constraints.PatientName;
import se.vardflode.kernel.constraints.Personnummer;

/**
 * A request for a SIP as staff send it to {@code POST /api/sip-requests}. Each field's own form is checked here, the
 * units and the participants against the configuration by {@link SipRules}, in the same answer, before anything is
 * started.
 *
 * @param patientPersonnummer the patient's personnummer or samordningsnummer
 * @param patientEmail where the patient may be reminded of the consent request (optional)
 * @param initiatingOrganisation e.g. "Gävle kommun" or "Region Gävleborg"
 * @param initiatingUnitId the configured unit whose coordinator runs the SIP
 * @param reason why a SIP is needed
 * @param participants who is proposed to take part
 * @param patientName optional: the patient's name, for the header of the SIP's tasks
 * @param municipality optional: the patient's municipality, one of {@code vardflode.sip.municipalities}, which may
 *        hold huvudansvar beside the region; when absent, the initiating organisation if it is one of them, else any
 * @param custodians for a child (under {@code vardflode.sip.adult-age}): each custodian, who consents in her own login
 */
record SipRequest(@Personnummer String patientPersonnummer, @Email String patientEmail,
		@NotBlank(message = "{sip.initiatingOrganisation.missing}") @Size(max = SipRequest.MAX_TEXT, message = "{sip.text.tooLong}") String initiatingOrganisation,
		@NotBlank(message = "{sip.initiatingUnitId.missing}") String initiatingUnitId,
		@NotBlank(message = "{sip.reason.missing}") @Size(max = SipRequest.MAX_TEXT, message = "{sip.text.tooLong}") String reason,
		@Valid Participants participants, @PatientName String patientName, String municipality,
		List<@NotNull(message = "{sip.custodian.missing}") @Valid Custodian> custodians) {

	static final int MAX_TEXT = 2000;

	SipRequest {
		custodians = custodians == null ? List.of() : custodians;
	}

	/** A request that names no patient name, as most do. */
	SipRequest(String patientPersonnummer, String patientEmail, String initiatingOrganisation, String initiatingUnitId, String reason,
			Participants participants) {
		this(patientPersonnummer, patientEmail, initiatingOrganisation, initiatingUnitId, reason, participants, null, null, null);
	}

	/** A request for an adult that names her. */
	SipRequest(String patientPersonnummer, String patientEmail, String initiatingOrganisation, String initiatingUnitId, String reason,
			Participants participants, String patientName) {
		this(patientPersonnummer, patientEmail, initiatingOrganisation, initiatingUnitId, reason, participants, patientName, null, null);
	}

	/**
	 * A child's custodian (vårdnadshavare), named with her own personnummer: she consents to the SIP, sees the
	 * invitation and the plan in her own login to the patient page.
	 *
	 * @param email optional: where she gets the neutral notice that there is a message for her
	 */
	record Custodian(@Personnummer String personnummer, @PatientName String name, @Email String email) {
	}

	/**
	 * @param regionUnitIds configured units, invited by a task to confirm
	 * @param external people outside the region (municipality, school, Försäkringskassan, relatives), invited by mail
	 */
	record Participants(List<String> regionUnitIds,
			List<@NotNull(message = "{sip.participant.missing}") @Valid ExternalParticipant> external) {

		Participants {
			regionUnitIds = regionUnitIds == null ? List.of() : regionUnitIds;
			external = external == null ? List.of() : external;
		}

	}

	record ExternalParticipant(
			@NotBlank(message = "{sip.participant.name.missing}") @Size(max = SipRequest.MAX_TEXT, message = "{sip.text.tooLong}") String name,
			@NotBlank(message = "{sip.participant.organisation.missing}") @Size(max = SipRequest.MAX_TEXT, message = "{sip.text.tooLong}") String organisation,
			@NotBlank(message = "{sip.participant.email.invalid}") @Email(message = "{sip.participant.email.invalid}") String email) {
	}

}
