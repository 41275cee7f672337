package se.vardflode.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The first process owner of a new database, from the environment ({@code VARDFLODE_ADMINISTRATOR_USER_ID} and
 * {@code VARDFLODE_ADMINISTRATOR_PASSWORD}): {@link UnitProvisioning} creates the account with this password if it does
 * not exist and makes it a member of {@code camunda-admin}, at every start, so that Admin's first-run setup page (which
 * would make whoever opens it first an administrator) is never needed. A password changed later in Admin stays. With
 * staff login through the region's identity provider, process owners come from its role claim instead
 * ({@code vardflode.staff.oidc.process-owner-role}) and this can stay unset.
 *
 * @param userId the account's user id; unset: no account from the environment
 * @param password at least 12 characters; required with a user id
 */
@Validated
@ConfigurationProperties("vardflode.administrator")
record FirstAdministrator(@Pattern(regexp = "[a-zA-Z0-9]+([.-][a-zA-Z0-9]+)*") String userId, String password,
		@DefaultValue("Processägare") String firstName, @DefaultValue("Vårdflöde") String lastName, @Email String email) {

	static final int MIN_PASSWORD_LENGTH = 12;

	FirstAdministrator {
		userId = userId == null || userId.isBlank() ? null : userId.strip();
		if (userId != null && (password == null || password.length() < MIN_PASSWORD_LENGTH)) {
			throw new IllegalArgumentException("vardflode.administrator.password (VARDFLODE_ADMINISTRATOR_PASSWORD) must have at least "
					+ MIN_PASSWORD_LENGTH + " characters when vardflode.administrator.user-id is set");
		}
	}

	boolean isConfigured() {
		return userId != null;
	}

	@Override
	public String toString() {
		return "FirstAdministrator[userId=" + userId + "]";
	}

}
