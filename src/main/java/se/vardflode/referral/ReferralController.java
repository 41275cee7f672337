package se.vardflode.referral;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReferralController {

	private final Referrals referrals;

	ReferralController(Referrals referrals) {
		this.referrals = referrals;
	}

	@PostMapping("/api/referrals")
	@ResponseStatus(HttpStatus.CREATED)
	Referrals.Sent send(@RequestBody ReferralRequest request, Authentication staff) {
		return referrals.send(request, staff);
	}

}
