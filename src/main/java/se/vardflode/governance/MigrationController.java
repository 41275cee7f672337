package se.vardflode.governance;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** For process owners (only the {@code camunda-admin} group reaches {@code /api/admin}). */
@RestController
class MigrationController {

	private final InstanceMigrations migrations;

	MigrationController(InstanceMigrations migrations) {
		this.migrations = migrations;
	}

	@PostMapping("/api/admin/migrations")
	MigrationReport migrate(@Valid @RequestBody MigrationRequest request) {
		return migrations.migrate(request);
	}

}
