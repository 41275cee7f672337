package se.vardflode.security;

import org.springframework.security.core.Authentication;

/** Which care units a signed-in staff member works at, as seen by the project's own API. */
public final class StaffUnits {

	private StaffUnits() {
	}

	/** Members of the unit's Camunda group work at the unit; the group id is the unit id. */
	public static boolean worksAt(Authentication authentication, String unitId) {
		String authority = CamundaIdentityAuthenticationProvider.groupAuthority(unitId);
		return authentication != null
				&& authentication.getAuthorities().stream().anyMatch(granted -> authority.equals(granted.getAuthority()));
	}

}
