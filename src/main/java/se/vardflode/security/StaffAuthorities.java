package se.vardflode.security;

import java.util.List;

import org.springframework.security.core.Authentication;

/** What a signed-in staff member's Camunda groups allow, for the project's own API. */
public final class StaffAuthorities {

	private StaffAuthorities() {
	}

	/** Whether the caller works at the unit (is a member of its Camunda group). */
	public static boolean worksAt(Authentication authentication, String unitId) {
		return isMemberOf(authentication, unitId);
	}

	/** The Camunda groups of the caller's login. */
	public static List<String> groupsOf(Authentication authentication) {
		return authentication == null ? List.of() : authentication.getAuthorities().stream().map(granted -> granted.getAuthority())
			.filter(authority -> authority.startsWith(CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX))
			.map(authority -> authority.substring(CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX.length())).toList();
	}

	/** Whether the caller is a member of the Camunda group. */
	public static boolean isMemberOf(Authentication authentication, String groupId) {
		String authority = CamundaIdentityAuthenticationProvider.groupAuthority(groupId);
		return authentication != null && authentication.getAuthorities().stream().anyMatch(granted -> granted.getAuthority().equals(authority));
	}

}
