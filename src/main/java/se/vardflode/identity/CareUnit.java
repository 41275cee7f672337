package se.vardflode.identity;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A care unit of the region or a municipality. Its id is also the id of the Camunda group whose members
 * work the unit's tasks, so a BPMN user task names the unit in {@code camunda:candidateGroups}.
 *
 * @param id stable kebab-case id, e.g. {@code bvc-gavle}
 * @param name the name staff and patients know, e.g. "BVC Gävle"
 * @param teamMail the team's shared mail address for notifications about the unit's work
 * @param managerMail the unit manager's address for escalations (verksamhetschef or enhetschef); may be absent
 * @param startsProcesses keys of the processes the unit's staff may start, through the project's {@code /api} only
 * @param careTypes the kinds of care the unit offers, e.g. {@code BVC}, {@code MVC}, {@code UM}; pathways use them to
 *        refuse work a unit does not do (a chat for a BVC child at a youth clinic)
 */
public record CareUnit(
		@NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String id,
		@NotBlank String name,
		@NotBlank @Email String teamMail,
		@Email String managerMail,
		List<String> startsProcesses,
		List<String> careTypes) {

	public CareUnit {
		startsProcesses = startsProcesses == null ? List.of() : List.copyOf(startsProcesses);
		careTypes = careTypes == null ? List.of() : List.copyOf(careTypes);
	}

	public boolean offers(String careType) {
		return careTypes.contains(careType);
	}

}
