package se.vardflode.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.authorizationService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.vardflode.VardflodeTest;

/** The demo region of the default profile: every unit a group with its filter and rights, every account in place. */
@VardflodeTest
class DemoIdentitySeederTest {

	@Autowired
	FilterService filterService;
	@Autowired
	CareUnits careUnits;
	@Autowired
	DemoAccounts demoAccounts;
	@Autowired
	DemoIdentitySeeder seeder;

	@Test
	void every_unit_of_the_seeds_is_a_group() {
		assertThat(careUnits.units()).extracting(CareUnit::id).contains("mvc-gavle", "bvc-gavle", "um-gavle", "radgivning",
				"pst-sodra-halsingland", "psykiatri-gavleborg", "kommun-gavle-socialtjanst", "lakare-gavleborg");
		for (CareUnit unit : careUnits.units()) {
			assertThat(identityService().createGroupQuery().groupId(unit.id()).singleResult().getName()).isEqualTo(unit.name());
		}
	}

	@Test
	void each_unit_has_its_own_min_enhet_filter_that_only_it_may_read() {
		for (CareUnit unit : careUnits.units()) {
			Filter filter = filterService.createFilterQuery().filterName(DemoIdentitySeeder.MY_UNIT_FILTER_PREFIX + unit.name()).singleResult();

			assertThat(filter).as(unit.id()).isNotNull();
			assertThat(authorizationService().createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId())
				.groupIdIn(unit.id()).hasPermission(Permissions.READ).count()).as(unit.id()).isEqualTo(1);
		}
	}

	@Test
	void staff_may_open_tasklist_and_no_unit_may_start_a_process_in_the_engine() {
		String nurse = "bvc.karin";
		String adviceNurse = "radgivning.erik";

		assertThat(authorizationService().isUserAuthorized(nurse, groupsOf(nurse), Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
		assertThat(authorizationService().isUserAuthorized(nurse, groupsOf(nurse), Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
		// staff start pathways through /api only
		assertThat(authorizationService().isUserAuthorized(adviceNurse, groupsOf(adviceNurse), Permissions.CREATE_INSTANCE,
				Resources.PROCESS_DEFINITION, "promised-call-back")).isFalse();
		assertThat(authorizationService().isUserAuthorized(nurse, groupsOf(nurse), Permissions.CREATE_INSTANCE,
				Resources.PROCESS_DEFINITION, "chat-enrollment")).isFalse();
		assertThat(authorizationService().createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
			.hasPermission(Permissions.CREATE_INSTANCE).list()).extracting(grant -> grant.getGroupId()).containsOnly(Groups.CAMUNDA_ADMIN);
	}

	@Test
	void the_process_owner_administers_everything() {
		String owner = "processagare";

		assertThat(identityService().createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).userId(owner).count()).isEqualTo(1);
		assertThat(authorizationService().isUserAuthorized(owner, groupsOf(owner), Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
		assertThat(authorizationService().isUserAuthorized(owner, groupsOf(owner), Permissions.ALL, Resources.DEPLOYMENT, "any")).isTrue();
	}

	@Test
	void every_demo_account_exists_and_a_second_run_adds_nothing() {
		long authorizations = authorizationService().createAuthorizationQuery().count();
		long filters = filterService.createFilterQuery().count();

		seeder.run(null);

		assertThat(authorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
		assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
		for (DemoAccounts.DemoUser demo : demoAccounts.users()) {
			assertThat(identityService().checkPassword(demo.id(), demoAccounts.password())).as(demo.id()).isTrue();
			assertThat(groupsOf(demo.id())).as(demo.id()).containsExactlyInAnyOrderElementsOf(demo.groups());
		}
	}

	@Test
	void a_restart_gives_an_existing_user_the_memberships_a_release_added() {
		String unit = "bvc-gavle";
		String nurse = "bvc.karin";
		identityService().deleteMembership(nurse, unit);

		seeder.run(null);

		assertThat(groupsOf(nurse)).contains(unit);
	}

	@Test
	void staff_land_on_their_units_filter_with_mina_uppgifter_after_it() {
		String adviceNurse = "radgivning.erik";

		java.util.List<String> filters;
		identityService().setAuthentication(adviceNurse, groupsOf(adviceNurse));
		try {
			// Tasklist lists the filters the user may read by priority and opens the first
			filters = filterService.createFilterQuery().list().stream()
				.sorted(java.util.Comparator.comparingInt(filter -> (Integer) filter.getProperties().get("priority")))
				.map(Filter::getName).toList();
		}
		finally {
			identityService().clearAuthentication();
		}

		assertThat(filters).containsExactly("Min enhet – Rådgivningen", DemoIdentitySeeder.MY_TASKS_FILTER);
	}

	@Test
	void a_restart_moves_mina_uppgifter_after_the_unit_filters_on_an_older_database() {
		Filter myTasks = filterService.createFilterQuery().filterName(DemoIdentitySeeder.MY_TASKS_FILTER).singleResult();
		java.util.Map<String, Object> before = new java.util.HashMap<>(myTasks.getProperties());
		before.put("priority", -10);
		filterService.saveFilter(myTasks.setProperties(before));

		seeder.run(null);

		Filter after = filterService.getFilter(myTasks.getId());
		assertThat(after.getProperties()).containsEntry("priority", DemoIdentitySeeder.MY_TASKS_FILTER_PRIORITY)
			.containsEntry("description", "Uppgifter som är tilldelade mig");
	}

	@Test
	void every_filter_shows_the_patient_her_personnummer_and_the_deadline_on_each_task_card() {
		for (Filter filter : filterService.createFilterQuery().list()) {
			assertThat(filter.getProperties().get("variables")).as(filter.getName()).isEqualTo(java.util.List.of(
					java.util.Map.of("name", "taskPatient", "label", "Patient"),
					java.util.Map.of("name", "taskPersonnummer", "label", "Personnummer"),
					java.util.Map.of("name", "taskDeadline", "label", "Tidsgräns")));
		}
	}

	@Test
	void a_restart_gives_the_filters_of_an_older_database_the_task_card_columns() {
		Filter unitFilter = filterService.createFilterQuery().filterName(DemoIdentitySeeder.MY_UNIT_FILTER_PREFIX + "BVC Gävle").singleResult();
		java.util.Map<String, Object> before = new java.util.HashMap<>(unitFilter.getProperties());
		before.remove("variables");
		filterService.saveFilter(unitFilter.setProperties(before));

		seeder.run(null);

		assertThat(filterService.getFilter(unitFilter.getId()).getProperties()).containsEntry("variables", TasklistColumns.filterVariables())
			.containsEntry("description", "Uppgifter för BVC Gävle");
	}

	@Test
	void a_restart_removes_the_engine_start_grants_an_older_database_gave_the_units() {
		String unit = "bvc-gavle";
		authorizationService().createAuthorizationQuery().groupIdIn(unit).resourceType(Resources.PROCESS_DEFINITION)
			.resourceId("chat-enrollment").list().forEach(old -> authorizationService().deleteAuthorization(old.getId()));
		grant(unit, Resources.PROCESS_DEFINITION, "chat-enrollment", Permissions.READ, Permissions.CREATE_INSTANCE);
		grant(unit, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);

		seeder.run(null);

		assertThat(authorizationService().isUserAuthorized("bvc.karin", groupsOf("bvc.karin"), Permissions.CREATE_INSTANCE,
				Resources.PROCESS_DEFINITION, "chat-enrollment")).isFalse();
		assertThat(authorizationService().isUserAuthorized("bvc.karin", groupsOf("bvc.karin"), Permissions.READ,
				Resources.PROCESS_DEFINITION, "chat-enrollment")).isTrue();
		assertThat(authorizationService().createAuthorizationQuery().groupIdIn(unit).resourceType(Resources.PROCESS_INSTANCE).count()).isZero();
	}

	private void grant(String groupId, Resources resource, String resourceId, Permissions... permissions) {
		Authorization grant = authorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setGroupId(groupId);
		grant.setResource(resource);
		grant.setResourceId(resourceId);
		for (Permissions permission : permissions) {
			grant.addPermission(permission);
		}
		authorizationService().saveAuthorization(grant);
	}

	private java.util.List<String> groupsOf(String userId) {
		return identityService().createGroupQuery().groupMember(userId).list().stream().map(group -> group.getId()).toList();
	}

}
