package se.vardflode.governance;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Move running instances of a process to a newer version.
 *
 * @param processDefinitionKey the process, e.g. {@code chat-enrollment}
 * @param sourceVersion the version to move from; empty means every version older than the target
 * @param targetVersion the version to move to; empty means the latest
 * @param dryRun report what would happen and change nothing
 * @param mappings activities renamed between the versions (activities with equal ids are mapped by themselves)
 */
record MigrationRequest(@NotBlank String processDefinitionKey, @Positive Integer sourceVersion, @Positive Integer targetVersion,
		boolean dryRun, List<@Valid ActivityMapping> mappings) {

	MigrationRequest {
		mappings = mappings == null ? List.of() : List.copyOf(mappings);
	}

	record ActivityMapping(@NotBlank String from, @NotBlank String to) {
	}

}
