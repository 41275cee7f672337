package se.vardflode.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.VardflodeTest;

/** Migration of running chats on H2, and who may migrate. */
@VardflodeTest
class InstanceMigrationTest extends ChatMigrationScenario {

	@Test
	void only_the_process_owner_may_migrate() {
		ResponseEntity<String> response = http.withBasicAuth("bvc.karin", "demo").postForEntity("/api/admin/migrations",
				Map.of("processDefinitionKey", "promised-call-back", "dryRun", true), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void an_unknown_process_is_a_404_problem() {
		ResponseEntity<String> response = http.withBasicAuth("processagare", "demo").postForEntity("/api/admin/migrations",
				Map.of("processDefinitionKey", "no-such-process", "dryRun", true), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
		assertThat(response.getBody()).contains("Processen no-such-process finns inte");
	}

}
