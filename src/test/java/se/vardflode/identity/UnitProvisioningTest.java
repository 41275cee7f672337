package se.vardflode.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.vardflode.VardflodeTest;

/**
 * What {@code vardflode.units} provisions in the engine (here in the default profile, on H2; on PostgreSQL and in the
 * production profile: {@link UnitProvisioningOnPostgresTest}): every unit a group with its filter and rights, nothing
 * the configuration does not name, and a second run changes nothing.
 */
@VardflodeTest
class UnitProvisioningTest {

	static final String ADVICE_LINE = "radgivning";
	static final String ADVICE_NURSE = "radgivning.erik";
	static final String BVC = "bvc-gavle";
	static final String BVC_NURSE = "bvc.karin";

	@Autowired
	IdentityService identityService;
	@Autowired
	AuthorizationService authorizationService;
	@Autowired
	FilterService filterService;
	@Autowired
	TaskService taskService;
	@Autowired
	CareUnits careUnits;
	@Autowired
	UnitProvisioning provisioning;

	@Test
	void every_unit_of_the_seeds_is_a_group() {
		assertThat(careUnits.units()).extracting(CareUnit::id).contains("mvc-gavle", "bvc-gavle", "um-gavle", "radgivning",
				"pst-sodra-halsingland", "psykiatri-gavleborg", "kommun-gavle-socialtjanst", "lakare-gavleborg");
		for (CareUnit unit : careUnits.units()) {
			assertThat(identityService.createGroupQuery().groupId(unit.id()).singleResult().getName()).isEqualTo(unit.name());
		}
	}

	@Test
	void each_unit_has_its_own_min_enhet_filter_that_only_it_may_read() {
		for (CareUnit unit : careUnits.units()) {
			Filter filter = filterService.createFilterQuery().filterName(TasklistFilters.MY_UNIT_PREFIX + unit.name()).singleResult();

			assertThat(filter).as(unit.id()).isNotNull();
			assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId())
				.list()).as(unit.id()).singleElement().satisfies(grant -> {
					assertThat(grant.getGroupId()).isEqualTo(unit.id());
					assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
				});
		}
	}

	@Test
	void staff_may_open_tasklist_and_no_unit_may_start_a_process_in_the_engine() {
		assertThat(authorizationService.isUserAuthorized(BVC_NURSE, groupsOf(BVC_NURSE), Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
		assertThat(authorizationService.isUserAuthorized(BVC_NURSE, groupsOf(BVC_NURSE), Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
		// staff start pathways through /api only
		assertThat(authorizationService.isUserAuthorized(ADVICE_NURSE, groupsOf(ADVICE_NURSE), Permissions.CREATE_INSTANCE,
				Resources.PROCESS_DEFINITION, "promised-call-back")).isFalse();
		assertThat(authorizationService.isUserAuthorized(BVC_NURSE, groupsOf(BVC_NURSE), Permissions.CREATE_INSTANCE,
				Resources.PROCESS_DEFINITION, "chat-enrollment")).isFalse();
		assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
			.hasPermission(Permissions.CREATE_INSTANCE).list()).extracting(Authorization::getGroupId).containsOnly(Groups.CAMUNDA_ADMIN);
	}

	@Test
	void each_unit_reads_the_definitions_it_starts() {
		for (CareUnit unit : careUnits.units()) {
			for (String processKey : unit.startsProcesses()) {
				assertThat(authorizationService.createAuthorizationQuery().groupIdIn(unit.id()).resourceType(Resources.PROCESS_DEFINITION)
					.resourceId(processKey).hasPermission(Permissions.READ).count()).as("%s reads %s", unit.id(), processKey).isEqualTo(1);
			}
		}
	}

	@Test
	void the_process_owner_administers_everything() {
		String owner = "processagare";

		assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).userId(owner).count()).isEqualTo(1);
		assertThat(authorizationService.isUserAuthorized(owner, groupsOf(owner), Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
		assertThat(authorizationService.isUserAuthorized(owner, groupsOf(owner), Permissions.ALL, Resources.DEPLOYMENT, "any")).isTrue();
		assertThat(identityService.createGroupQuery().groupId(StaffGroups.MANAGERS).count()).isEqualTo(1);
	}

	@Test
	void a_second_run_changes_nothing() {
		long authorizations = authorizationService.createAuthorizationQuery().count();
		long filters = filterService.createFilterQuery().count();

		UnitProvisioning.Changes changes = provisioning.provision();

		assertThat(changes.none()).as(changes.toString()).isTrue();
		assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
		assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
	}

	@Test
	void staff_land_on_their_units_filter_with_mina_uppgifter_after_it() {
		List<String> filters;
		identityService.setAuthentication(ADVICE_NURSE, groupsOf(ADVICE_NURSE));
		try {
			// Tasklist lists the filters the user may read by priority and opens the first
			filters = filterService.createFilterQuery().list().stream()
				.sorted(Comparator.comparingInt(filter -> (Integer) filter.getProperties().get("priority")))
				.map(Filter::getName).toList();
		}
		finally {
			identityService.clearAuthentication();
		}

		assertThat(filters).containsExactly("Min enhet – Rådgivningen", TasklistFilters.MY_TASKS_NAME);
	}

	@Test
	void a_filter_changed_by_hand_is_brought_back_and_keeps_its_colour() {
		Filter myUnit = filterService.createFilterQuery().filterName(TasklistFilters.MY_UNIT_PREFIX + "Rådgivningen").singleResult();
		Map<String, Object> changed = new HashMap<>(myUnit.getProperties());
		changed.put("priority", -10);
		changed.put("color", "#2b7a3d");
		filterService.saveFilter(myUnit.setProperties(changed).setQuery(taskService.createTaskQuery().taskCandidateGroup(BVC)));

		provisioning.provision();

		Filter after = filterService.getFilter(myUnit.getId());
		assertThat(after.getProperties()).containsEntry("priority", TasklistFilters.MY_UNIT_PRIORITY).containsEntry("color", "#2b7a3d")
			.containsEntry("description", "Uppgifter för Rådgivningen");
		assertThat(filterService.count(after.getId())).isEqualTo(taskService.createTaskQuery().taskCandidateGroup(ADVICE_LINE)
			.includeAssignedTasks().count());
	}

	@Test
	void every_filter_shows_the_patient_her_personnummer_and_the_deadline_on_each_task_card() {
		for (Filter filter : filterService.createFilterQuery().list()) {
			assertThat(filter.getProperties().get("variables")).as(filter.getName()).isEqualTo(List.of(
					Map.of("name", "taskPatient", "label", "Patient"),
					Map.of("name", "taskPersonnummer", "label", "Personnummer"),
					Map.of("name", "taskDeadline", "label", "Tidsgräns")));
		}
	}

	@Test
	void a_restart_gives_the_filters_of_an_older_database_the_task_card_columns() {
		Filter unitFilter = filterService.createFilterQuery().filterName(TasklistFilters.MY_UNIT_PREFIX + "BVC Gävle").singleResult();
		Map<String, Object> before = new HashMap<>(unitFilter.getProperties());
		before.remove("variables");
		filterService.saveFilter(unitFilter.setProperties(before));

		provisioning.provision();

		assertThat(filterService.getFilter(unitFilter.getId()).getProperties()).containsEntry("variables", TasklistColumns.filterVariables())
			.containsEntry("description", "Uppgifter för BVC Gävle");
	}

	@Test
	void a_restart_removes_the_engine_start_grants_an_older_database_gave_the_units() {
		authorizationService.createAuthorizationQuery().groupIdIn(BVC).resourceType(Resources.PROCESS_DEFINITION)
			.resourceId("chat-enrollment").list().forEach(old -> authorizationService.deleteAuthorization(old.getId()));
		grant(BVC, Resources.PROCESS_DEFINITION, "chat-enrollment", Permissions.READ, Permissions.CREATE_INSTANCE);
		grant(BVC, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);

		provisioning.provision();

		assertThat(authorizationService.isUserAuthorized(BVC_NURSE, groupsOf(BVC_NURSE), Permissions.CREATE_INSTANCE,
				Resources.PROCESS_DEFINITION, "chat-enrollment")).isFalse();
		assertThat(authorizationService.isUserAuthorized(BVC_NURSE, groupsOf(BVC_NURSE), Permissions.READ,
				Resources.PROCESS_DEFINITION, "chat-enrollment")).isTrue();
		assertThat(authorizationService.createAuthorizationQuery().groupIdIn(BVC).resourceType(Resources.PROCESS_INSTANCE).count()).isZero();
	}

	@Test
	void grants_the_configuration_does_not_name_are_revoked() {
		String otherUnitsFilter = filterService.createFilterQuery().filterName(TasklistFilters.MY_UNIT_PREFIX + "BVC Gävle").singleResult().getId();
		grant(ADVICE_LINE, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grant(ADVICE_LINE, Resources.FILTER, otherUnitsFilter, Permissions.READ);
		// the advice line neither starts referrals nor has had a referral task
		grant(ADVICE_LINE, Resources.PROCESS_DEFINITION, "referral-routing", Permissions.READ);

		UnitProvisioning.Changes changes = provisioning.provision();

		assertThat(changes.removed).isEqualTo(3);
		assertThat(authorizationService.isUserAuthorized(ADVICE_NURSE, groupsOf(ADVICE_NURSE), Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
		assertThat(authorizationService.isUserAuthorized(ADVICE_NURSE, groupsOf(ADVICE_NURSE), Permissions.READ, Resources.FILTER, otherUnitsFilter)).isFalse();
		assertThat(authorizationService.isUserAuthorized(ADVICE_NURSE, groupsOf(ADVICE_NURSE), Permissions.READ, Resources.PROCESS_DEFINITION,
				"referral-routing")).isFalse();
		assertThat(authorizationService.isUserAuthorized(ADVICE_NURSE, groupsOf(ADVICE_NURSE), Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
	}

	@Test
	void a_group_renamed_by_hand_gets_the_configured_name_back() {
		Group group = identityService.createGroupQuery().groupId(ADVICE_LINE).singleResult();
		group.setName("Rådgivningen (gammalt namn)");
		identityService.saveGroup(group);

		provisioning.provision();

		assertThat(identityService.createGroupQuery().groupId(ADVICE_LINE).singleResult().getName()).isEqualTo("Rådgivningen");
	}

	private void grant(String groupId, Resources resource, String resourceId, Permissions... permissions) {
		Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setGroupId(groupId);
		grant.setResource(resource);
		grant.setResourceId(resourceId);
		for (Permissions permission : permissions) {
			grant.addPermission(permission);
		}
		authorizationService.saveAuthorization(grant);
	}

	private List<String> groupsOf(String userId) {
		return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
	}

}
