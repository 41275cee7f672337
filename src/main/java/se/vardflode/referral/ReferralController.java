package se.vardflode.referral;

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
 * {@code POST /api/referrals}: staff send a referral from their own unit. The body is checked by Bean Validation and
 * {@link ReferralRules} together.
 */
@RestController
class ReferralController {

	private final Referrals referrals;
	private final ReferralRules rules;

	ReferralController(Referrals referrals, ReferralRules rules) {
		this.referrals = referrals;
		this.rules = rules;
	}

	@InitBinder("referralRequest")
	void checkWithTheRules(WebDataBinder binder) {
		binder.initDirectFieldAccess();
		binder.addValidators(rules);
	}

	@PostMapping("/api/referrals")
	@ResponseStatus(HttpStatus.CREATED)
	Referrals.Sent send(@Valid @RequestBody ReferralRequest request, Authentication staff) {
		ReferralRules.Referral referral = rules.referral(request);
		if (!StaffAuthorities.worksAt(staff, referral.sender().id())) {
			throw ApiProblem.forbidden("Du kan bara skicka remisser från din egen enhet");
		}
		return referrals.send(referral);
	}

}
