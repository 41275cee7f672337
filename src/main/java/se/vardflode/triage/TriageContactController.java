package se.vardflode.triage;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.vardflode.api.ApiProblem;
import se.vardflode.security.StaffAuthorities;

/**
 * {@code POST /api/triage-contacts}: the advice line (or the patient's health centre) registers a contact and its
 * triage starts. The body is checked by Bean Validation and {@link TriageRules} together.
 */
@RestController
class TriageContactController {

	private final TriageContacts contacts;
	private final TriageRules rules;
	private final TriageSettings settings;

	TriageContactController(TriageContacts contacts, TriageRules rules, TriageSettings settings) {
		this.contacts = contacts;
		this.rules = rules;
		this.settings = settings;
	}

	@InitBinder("triageContactRequest")
	void checkWithTheRules(WebDataBinder binder) {
		binder.initDirectFieldAccess();
		binder.addValidators(rules);
	}

	@PostMapping("/api/triage-contacts")
	@ResponseStatus(HttpStatus.CREATED)
	TriageContacts.Started register(@Valid @RequestBody TriageContactRequest request, Authentication staff) {
		TriageRules.Contact contact = rules.contact(request);
		if (!StaffAuthorities.worksAt(staff, settings.adviceLineUnit()) && !StaffAuthorities.worksAt(staff, contact.healthCentre().id())) {
			throw ApiProblem.forbidden("Du kan bara registrera kontakter för rådgivningen eller din egen hälsocentral");
		}
		return contacts.register(contact);
	}

}
