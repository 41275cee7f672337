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
 * {@code POST /api/call-backs}: a unit's staff member registers a promised call-back (PST: "vi ringer dig"), which
 * her own unit's team then makes. The body is checked by Bean Validation and {@link CallBackRules} together.
 */
@RestController
class CallBackController {

	private final CallBacks callBacks;
	private final CallBackRules rules;

	CallBackController(CallBacks callBacks, CallBackRules rules) {
		this.callBacks = callBacks;
		this.rules = rules;
	}

	@InitBinder("callBackRequest")
	void checkWithTheRules(WebDataBinder binder) {
		binder.initDirectFieldAccess();
		binder.addValidators(rules);
	}

	@PostMapping("/api/call-backs")
	@ResponseStatus(HttpStatus.CREATED)
	CallBacks.Promised promise(@Valid @RequestBody CallBackRequest request, Authentication staff) {
		if (!StaffAuthorities.worksAt(staff, request.unitId())) {
			throw ApiProblem.forbiddenForUnit(request.unitId());
		}
		return callBacks.promise(rules.callBack(request));
	}

}
