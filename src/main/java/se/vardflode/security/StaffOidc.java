package se.vardflode.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;
import se.vardflode.identity.StaffAccounts;
import se.vardflode.identity.StaffAccounts.StaffMember;
import se.vardflode.identity.StaffGroups;

/**
 * Staff login through the region's identity provider (OpenID Connect; SITHS eID behind it), configured the Spring Boot
 * way under {@code spring.security.oauth2.client.registration.<registration-id>}, and bearer tokens from it for
 * machines. Which claims say who a staff member is and where they work is configurable, with Inera's IdP's names as
 * defaults: the HSA-id ({@code employeeHsaId}) is the Camunda user id, the care unit of the commission
 * ({@code healthCareUnitHsaId}, one value or a list) names the units — by a unit's {@code hsa-id} in
 * {@code vardflode.units}, or its id — and a role claim makes process owners and managers.
 */
final class StaffOidc {

	private StaffOidc() {
	}

	/**
	 * @param registrationId the client registration staff log in with (the login starts at
	 *        {@code /oauth2/authorization/<registration-id>})
	 * @param userIdClaim the claim with the staff member's user id; a bearer token without it (a machine's, from client
	 *        credentials) is its {@code sub}
	 * @param unitClaim the claim whose values name the units the staff member works for
	 * @param roleClaim the claim whose values may name the roles below
	 * @param processOwnerRole the role claim value that makes a process owner ({@code camunda-admin}); unset: none
	 * @param managerRole the role claim value that makes a manager ({@code managers}, every unit's KPIs); unset: none
	 */
	@ConfigurationProperties("vardflode.staff.oidc")
	record Settings(@DefaultValue("staff") String registrationId, @DefaultValue("employeeHsaId") String userIdClaim,
			@DefaultValue("healthCareUnitHsaId") String unitClaim, @DefaultValue("groups") String roleClaim, String processOwnerRole,
			String managerRole, @DefaultValue("given_name") String givenNameClaim, @DefaultValue("family_name") String familyNameClaim,
			@DefaultValue("email") String emailClaim) {
	}

	/** What a login's or a token's claims make of a staff member; unknown units and roles give nothing. */
	static StaffMember member(String userId, Map<String, Object> claims, Settings settings, CareUnits units) {
		Set<String> groups = new LinkedHashSet<>();
		for (String value : values(claims.get(settings.unitClaim()))) {
			units.namedBy(value).map(CareUnit::id).ifPresent(groups::add);
		}
		List<String> roles = values(claims.get(settings.roleClaim()));
		if (settings.processOwnerRole() != null && roles.contains(settings.processOwnerRole())) {
			groups.add(Groups.CAMUNDA_ADMIN);
		}
		if (settings.managerRole() != null && roles.contains(settings.managerRole())) {
			groups.add(StaffGroups.MANAGERS);
		}
		return new StaffMember(userId, text(claims.get(settings.givenNameClaim())), text(claims.get(settings.familyNameClaim())),
				text(claims.get(settings.emailClaim())), groups);
	}

	private static List<String> values(Object claim) {
		if (claim instanceof Collection<?> many) {
			return many.stream().map(String::valueOf).toList();
		}
		return claim == null ? List.of() : List.of(claim.toString());
	}

	private static String text(Object claim) {
		return claim == null ? null : claim.toString();
	}

	static List<GrantedAuthority> authorities(StaffMember member) {
		return member.groupIds().stream().map(groupId -> (GrantedAuthority) new SimpleGrantedAuthority(
				CamundaIdentityAuthenticationProvider.groupAuthority(groupId))).toList();
	}

	/** A staff login through the identity provider; its name is the Camunda user id. */
	static final class StaffOidcUser extends DefaultOidcUser {

		private static final long serialVersionUID = 1L;

		private final String userId;

		StaffOidcUser(OidcUser user, StaffMember member) {
			super(authorities(member), user.getIdToken(), user.getUserInfo());
			this.userId = member.userId();
		}

		@Override
		public String getName() {
			return userId;
		}

	}

	/**
	 * The identity provider's user as a staff member whose Camunda account is brought up to date; a login without a user
	 * id, or that names no unit and no role of Vårdflöde's, is refused, never half let in.
	 */
	static OAuth2UserService<OidcUserRequest, OidcUser> userService(Settings settings, CareUnits units, StaffAccounts accounts) {
		OidcUserService identityProvider = new OidcUserService();
		return request -> {
			OidcUser user = identityProvider.loadUser(request);
			Object userId = user.getClaims().get(settings.userIdClaim());
			if (userId == null || userId.toString().isBlank()) {
				throw refused("no_user_id", "The identity provider gave no user id in claim " + settings.userIdClaim());
			}
			StaffMember member = member(userId.toString(), user.getClaims(), settings, units);
			if (member.groupIds().isEmpty()) {
				throw refused("no_vardflode_unit", "The login names no unit or role of Vårdflöde (claims " + settings.unitClaim() + ", "
						+ settings.roleClaim() + ")");
			}
			accounts.signedIn(member);
			return new StaffOidcUser(user, member);
		};
	}

	private static OAuth2AuthenticationException refused(String code, String reason) {
		return new OAuth2AuthenticationException(new OAuth2Error(code, reason, null), reason);
	}

	/**
	 * A bearer token (a script's or another system's, typically from client credentials) as a caller of {@code /api} and
	 * {@code /engine-rest}, with the groups its claims give; no Camunda account is made for it.
	 */
	static Converter<Jwt, AbstractAuthenticationToken> bearerTokens(Settings settings, CareUnits units) {
		return jwt -> {
			String userId = jwt.hasClaim(settings.userIdClaim()) ? jwt.getClaimAsString(settings.userIdClaim()) : jwt.getSubject();
			return new JwtAuthenticationToken(jwt, authorities(member(userId, jwt.getClaims(), settings, units)), userId);
		};
	}

}
