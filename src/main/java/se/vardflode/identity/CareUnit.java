package se.vardflode.identity;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.bind.ConstructorBinding;

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
 * @param hsaId the unit's HSA-id, as the staff identity provider names it in a staff member's commission (the unit
 *        claim, {@code vardflode.staff.oidc.unit-claim}); may be absent, then the claim names the unit by its id
 */
public record CareUnit(
		@NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String id,
		@NotBlank String name,
		@NotBlank @Email String teamMail,
		@Email String managerMail,
		List<String> startsProcesses,
		List<String> careTypes,
		@Pattern(regexp = "[A-Z]{2}[0-9]{10}-[A-Za-z0-9]{1,31}") String hsaId) {

	@ConstructorBinding
	public CareUnit {
		startsProcesses = startsProcesses == null ? List.of() : List.copyOf(startsProcesses);
		careTypes = careTypes == null ? List.of() : List.copyOf(careTypes);
	}

	/** A unit without an HSA-id, as tests and small setups write it. */
	public CareUnit(String id, String name, String teamMail, String managerMail, List<String> startsProcesses, List<String> careTypes) {
		this(id, name, teamMail, managerMail, startsProcesses, careTypes, null);
	}

	/** Whether an identity provider's unit claim value names this unit: its HSA-id, or its id. */
	public boolean isNamedBy(String claimValue) {
		return claimValue != null && (claimValue.equals(id) || claimValue.equals(hsaId));
	}

	public boolean offers(String careType) {
		return careTypes.contains(careType);
	}

}
