package se.vardflode.identity;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Demo staff accounts, configured under {@code vardflode.demo} in {@code application-default.yaml} only, so that no
 * other profile can have them. Without users (the {@code postgres} profile) no password is needed either.
 */
@Validated
@ConfigurationProperties("vardflode.demo")
record DemoAccounts(String password, List<@Valid DemoUser> users) {

	DemoAccounts {
		users = users == null ? List.of() : List.copyOf(users);
		if (!users.isEmpty() && (password == null || password.isBlank())) {
			throw new IllegalArgumentException("vardflode.demo.password must be set when there are demo users");
		}
	}

	record DemoUser(@NotBlank String id, @NotBlank String firstName, @NotBlank String lastName, @NotBlank String email,
			@NotEmpty List<String> groups) {
	}

}
