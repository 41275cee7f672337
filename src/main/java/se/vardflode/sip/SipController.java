package se.vardflode.sip;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.vardflode.api.ApiProblem;

/**
 * The SIP entry points: staff of a unit request a SIP for their unit; staff of a unit in the SIP record that the
 * patient withdrew consent. A request is checked by Bean Validation and {@link SipRules} together; errors are problem
 * details (see {@code se.vardflode.api}).
 */
@RestController
class SipController {

	/** Staff authorities are {@code GROUP_<groupId>} (see {@code se.vardflode.security}). */
	private static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

	private final SipRules rules;
	private final SipCoordination coordination;

	SipController(SipRules rules, SipCoordination coordination) {
		this.rules = rules;
		this.coordination = coordination;
	}

	@InitBinder("sipRequest")
	void checkWithTheRules(WebDataBinder binder) {
		binder.initDirectFieldAccess();
		binder.addValidators(rules);
	}

	@PostMapping("/api/sip-requests")
	ResponseEntity<Map<String, String>> request(@Valid @RequestBody SipRequest request, Authentication caller) {
		SipRules.ValidSipRequest valid = rules.request(request);
		if (!groups(caller).contains(valid.initiatingUnit().id())) {
			throw ApiProblem.forbidden("Du kan bara begära SIP för en enhet där du arbetar");
		}
		ProcessInstance instance = coordination.request(valid, caller.getName());
		String sipId = instance.getBusinessKey();
		return ResponseEntity.created(URI.create("/api/sip/" + sipId))
			.body(Map.of("sipId", sipId, "processInstanceId", instance.getId()));
	}

	@PostMapping("/api/sip/{sipId}/withdraw-consent")
	ResponseEntity<Void> withdrawConsent(@PathVariable String sipId, Authentication caller) {
		return switch (coordination.withdrawConsent(sipId, caller.getName(), groups(caller))) {
			case WITHDRAWN -> ResponseEntity.noContent().build();
			case NOT_FOUND -> throw ApiProblem.notFound("Det finns ingen pågående SIP " + sipId + " som du kan ändra");
			case ALREADY_WITHDRAWN -> throw ApiProblem.conflict("sip-consent-already-withdrawn", "Samtycket är redan återkallat", "Samtycket till SIP " + sipId
					+ " är redan återkallat", Map.of("sipId", sipId));
		};
	}

	private static Set<String> groups(Authentication caller) {
		return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith(GROUP_AUTHORITY_PREFIX))
			.map(authority -> authority.substring(GROUP_AUTHORITY_PREFIX.length()))
			.collect(Collectors.toSet());
	}

}
