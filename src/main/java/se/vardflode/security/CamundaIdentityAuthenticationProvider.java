package se.vardflode.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Staff sign in to the project's own endpoints with the same account as in Tasklist: the password is checked by
 * Camunda's identity service (which also locks out repeated failures) and each group becomes an authority
 * {@code GROUP_<groupId>}.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

	private final IdentityService identityService;

	CamundaIdentityAuthenticationProvider(IdentityService identityService) {
		this.identityService = identityService;
	}

	static String groupAuthority(String groupId) {
		return GROUP_AUTHORITY_PREFIX + groupId;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (credentials == null || !identityService.checkPassword(userId, credentials.toString())) {
			throw new BadCredentialsException("Fel användarnamn eller lösenord");
		}
		List<GrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list().stream()
			.map(Group::getId)
			.map(id -> (GrantedAuthority) new SimpleGrantedAuthority(groupAuthority(id)))
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
