package se.vardflode.patient;

import java.util.List;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import se.vardflode.patient.PatientAuditLog.Entry;

/**
 * The process owner's view of the PDL access log: who read which of a patient's tasks and forms, when. On the staff
 * API (HTTP Basic against the Camunda identity service); only the process owner's group may read it.
 */
@RestController
class PatientAuditController {

	// the authority the staff chain gives members of the process owner's group
	static final String PROCESS_OWNER_AUTHORITY = "GROUP_" + Groups.CAMUNDA_ADMIN;

	private final PatientAuditLog auditLog;

	PatientAuditController(PatientAuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping("/api/audit/patient-access")
	List<Entry> accessTo(@RequestParam String personnummer, Authentication staff) {
		if (staff.getAuthorities().stream().noneMatch(authority -> PROCESS_OWNER_AUTHORITY.equals(authority.getAuthority()))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Bara processägaren läser åtkomstloggen");
		}
		Personnummer patient;
		try {
			patient = Personnummer.parse(personnummer);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		return auditLog.entriesFor(patient);
	}

}
