package se.vardflode.sip;

import java.util.Map;

import jakarta.validation.Valid;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.vardflode.api.ApiProblem;
import se.vardflode.kernel.Personnummer;
import se.vardflode.patient.PatientLogins;

/**
 * The patient page's request for a SIP: the logged-in patient asks for herself, or a custodian for her child. Under
 * {@code /api/patient/**}, so the patient chain has authenticated her (and checks the XSRF token); errors are problem
 * details. The answer comes back as a message in her patient page.
 */
@RestController
class SipPatientRequestController {

	private final SipPatientRequests requests;

	SipPatientRequestController(SipPatientRequests requests) {
		this.requests = requests;
	}

	@PostMapping("/api/patient/sip-requests")
	ResponseEntity<Map<String, String>> request(@Valid @RequestBody PatientSipRequest request, Authentication login) {
		Personnummer requester = PatientLogins.personnummerOf(login)
			.orElseThrow(() -> ApiProblem.forbidden("Logga in på patientsidan för att be om en SIP"));
		ProcessInstance instance = requests.request(request, requester);
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("requestId", instance.getBusinessKey()));
	}

}
