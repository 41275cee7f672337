package se.vardflode.sip;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import se.vardflode.kernel.constraints.Email;
import se.vardflode.kernel.constraints.PatientName;
import se.vardflode.kernel.constraints.Personnummer;

/**
 * A patient's own request for a SIP, or a custodian's for her child, as the patient page sends it to
 * {@code POST /api/patient/sip-requests}. Who asks is the login; the rest is checked by {@link SipPatientRequests}.
 *
 * @param unitId the region's or the municipality's unit that is to decide (one that runs SIPs)
 * @param reason why a SIP is needed, in the requester's words
 * @param email optional: where the requester gets the neutral notice that the answer is in the patient page
 * @param child optional: the child a custodian asks for; absent when the patient asks for herself
 * @param otherCustodian optional, with a child: the other custodian, who is asked for consent in her own login
 */
record PatientSipRequest(@NotBlank(message = "{sip.patientRequest.unitId.missing}") String unitId,
		@NotBlank(message = "{sip.reason.missing}") @Size(max = SipRequest.MAX_TEXT, message = "{sip.text.tooLong}") String reason,
		@Email String email, @Valid Child child, @Valid OtherCustodian otherCustodian) {

	record Child(@Personnummer String personnummer, @PatientName String name) {
	}

	record OtherCustodian(@Personnummer String personnummer, @PatientName String name, @Email String email) {
	}

}
