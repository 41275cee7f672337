package se.vardflode.triage;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TriageContactController {

	private final TriageContacts contacts;

	TriageContactController(TriageContacts contacts) {
		this.contacts = contacts;
	}

	@PostMapping("/api/triage-contacts")
	@ResponseStatus(HttpStatus.CREATED)
	TriageContacts.Started register(@RequestBody TriageContactRequest request, Authentication staff) {
		return contacts.register(request, staff);
	}

}
