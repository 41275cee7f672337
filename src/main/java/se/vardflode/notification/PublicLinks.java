package se.vardflode.notification;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where people reach Vårdflöde, for the links in mail: the patient page in every notice to a patient, Tasklist's task
 * in a team's mail.
 *
 * @param publicUrl {@code vardflode.public-url}, the address the region publishes (behind its proxy), e.g.
 *        {@code https://vardflode.region.example}; {@code http://localhost:8080} on a laptop
 */
@Validated
@ConfigurationProperties("vardflode")
record PublicLinks(@NotNull URI publicUrl) {

	PublicLinks {
		if (publicUrl != null && (!publicUrl.isAbsolute() || publicUrl.getHost() == null || publicUrl.getQuery() != null
				|| publicUrl.getFragment() != null)) {
			throw new IllegalArgumentException("vardflode.public-url must be an absolute http(s) address without query or fragment, not "
					+ publicUrl);
		}
	}

	/** The patient page, where the patient logs in and reads her messages. */
	String patientPage() {
		return base() + "/patient/";
	}

	/** Tasklist, where staff land on their unit's tasks. */
	String tasklist() {
		return base() + "/camunda/app/tasklist/default/";
	}

	/** Tasklist with the task open (after the staff member's login). */
	String task(String taskId) {
		return base() + "/camunda/app/tasklist/default/#/?task=" + taskId;
	}

	private String base() {
		String base = publicUrl.toString();
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

}
