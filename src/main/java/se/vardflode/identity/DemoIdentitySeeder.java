package se.vardflode.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.vardflode.identity.DemoAccounts.DemoUser;

/**
 * Seeds the demo region: a group per care unit, the process owner's admin group, the demo staff, and for each unit
 * the Tasklist filters and authorizations that let its staff see and work only their own unit's tasks. Task
 * authorizations themselves come from the engine: a candidate group gets them when a task names it.
 * Runs on every start and adds only what is missing, so a restart on the file database keeps what was there and
 * picks up demo users' new memberships; engine start grants of an older database are removed.
 */
@Component
@Profile("default")
class DemoIdentitySeeder implements ApplicationRunner {

	static final String MY_TASKS_FILTER = "Mina uppgifter";
	static final String MY_UNIT_FILTER_PREFIX = "Min enhet – ";
	/**
	 * Tasklist lists the filters by priority and opens the lowest: the unit filters (0) come first, so staff land on
	 * their unit's open work and "Mina uppgifter" follows.
	 */
	static final int MY_TASKS_FILTER_PRIORITY = 10;

	private static final Logger log = LoggerFactory.getLogger(DemoIdentitySeeder.class);

	private final IdentityService identityService;
	private final AuthorizationService authorizationService;
	private final FilterService filterService;
	private final TaskService taskService;
	private final CareUnits careUnits;
	private final DemoAccounts demoAccounts;

	DemoIdentitySeeder(IdentityService identityService, AuthorizationService authorizationService,
			FilterService filterService, TaskService taskService, CareUnits careUnits, DemoAccounts demoAccounts) {
		this.identityService = identityService;
		this.authorizationService = authorizationService;
		this.filterService = filterService;
		this.taskService = taskService;
		this.careUnits = careUnits;
		this.demoAccounts = demoAccounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		seedProcessOwnerGroup();
		if (!groupExists(StaffGroups.MANAGERS)) {
			createGroup(StaffGroups.MANAGERS, "Chefer", Groups.GROUP_TYPE_WORKFLOW);
		}
		seedMyTasksFilter();
		careUnits.units().forEach(this::seedUnit);
		demoAccounts.users().forEach(this::seedUser);
		log.info("Demo identity ready: {} care units, {} demo accounts", careUnits.units().size(), demoAccounts.users().size());
	}

	private void seedProcessOwnerGroup() {
		if (groupExists(Groups.CAMUNDA_ADMIN)) {
			return;
		}
		createGroup(Groups.CAMUNDA_ADMIN, "Processägare", Groups.GROUP_TYPE_SYSTEM);
		for (Resources resource : Resources.values()) {
			grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
		}
	}

	private void seedMyTasksFilter() {
		Filter existing = filterService.createFilterQuery().filterName(MY_TASKS_FILTER).singleResult();
		if (existing != null) {
			placeAfterUnitFilters(existing);
			showColumns(existing);
			return;
		}
		Filter filter = filterService.newTaskFilter(MY_TASKS_FILTER)
			.setQuery(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"))
			.setProperties(Map.of("description", "Uppgifter som är tilldelade mig", "priority", MY_TASKS_FILTER_PRIORITY, "refresh", true,
					"variables", TasklistColumns.filterVariables()));
		filterService.saveFilter(filter);
		Authorization everyone = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
		everyone.setUserId(ANY);
		everyone.setResource(Resources.FILTER);
		everyone.setResourceId(filter.getId());
		everyone.addPermission(Permissions.READ);
		authorizationService.saveAuthorization(everyone);
	}

	/** A database from before the unit filters came first has "Mina uppgifter" at -10, where Tasklist opened it. */
	private void placeAfterUnitFilters(Filter filter) {
		if (!Integer.valueOf(MY_TASKS_FILTER_PRIORITY).equals(filter.getProperties().get("priority"))) {
			Map<String, Object> properties = new HashMap<>(filter.getProperties());
			properties.put("priority", MY_TASKS_FILTER_PRIORITY);
			filterService.saveFilter(filter.setProperties(properties));
		}
	}

	/** A database from before the task cards named the patient has filters without the columns. */
	private void showColumns(Filter filter) {
		if (!TasklistColumns.filterVariables().equals(filter.getProperties().get("variables"))) {
			Map<String, Object> properties = new HashMap<>(filter.getProperties());
			properties.put("variables", TasklistColumns.filterVariables());
			filterService.saveFilter(filter.setProperties(properties));
		}
	}

	/**
	 * A new unit gets its group, Tasklist access and filter; on every start, every unit reads the definitions it starts
	 * and may create none in the engine.
	 */
	private void seedUnit(CareUnit unit) {
		// checked on every start: a release may let a unit start a new pathway, and older databases granted engine starts
		if (groupExists(unit.id())) {
			seedProcessStarts(unit);
			Filter existing = filterService.createFilterQuery().filterName(MY_UNIT_FILTER_PREFIX + unit.name()).singleResult();
			if (existing != null) {
				showColumns(existing);
			}
			return;
		}
		createGroup(unit.id(), unit.name(), Groups.GROUP_TYPE_WORKFLOW);
		grant(unit.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		seedProcessStarts(unit);
		Filter myUnit = filterService.newTaskFilter(MY_UNIT_FILTER_PREFIX + unit.name())
			.setQuery(taskService.createTaskQuery().taskCandidateGroup(unit.id()).includeAssignedTasks())
			.setProperties(Map.of("description", "Uppgifter för " + unit.name(), "priority", 0, "refresh", true,
					"variables", TasklistColumns.filterVariables()));
		filterService.saveFilter(myUnit);
		grant(unit.id(), Resources.FILTER, myUnit.getId(), Permissions.READ);
	}

	/**
	 * Staff start pathways only through {@code /api}, which checks the request and derives unit, names and addresses
	 * from the login and the configuration before it starts the process as the application. So no unit may create
	 * instances in the engine itself ({@code /engine-rest}, Tasklist's "Start process"), where any variables would
	 * go in unchecked; a unit reads the definitions of the processes it starts. Grants an older database gave the
	 * units are removed here.
	 */
	private void seedProcessStarts(CareUnit unit) {
		for (String processKey : unit.startsProcesses()) {
			grantIfMissing(unit.id(), Resources.PROCESS_DEFINITION, processKey, Permissions.READ);
		}
		revokeIfGranted(unit.id(), Resources.PROCESS_DEFINITION, Permissions.CREATE_INSTANCE);
		revokeIfGranted(unit.id(), Resources.PROCESS_INSTANCE, Permissions.CREATE);
	}

	private void revokeIfGranted(String groupId, Resource resource, Permission permission) {
		for (Authorization grant : authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
			.hasPermission(permission).list()) {
			if (grant.getAuthorizationType() != AUTH_TYPE_GRANT) {
				continue;
			}
			grant.removePermission(permission);
			if (Arrays.stream(Permissions.values()).filter(left -> left != Permissions.NONE && left != Permissions.ALL)
				.noneMatch(grant::isPermissionGranted)) {
				authorizationService.deleteAuthorization(grant.getId());
			}
			else {
				authorizationService.saveAuthorization(grant);
			}
			log.info("Revoked {} on {} {} from unit {}: staff start processes through /api only", permission.getName(),
					resource.resourceName(), grant.getResourceId(), groupId);
		}
	}

	/** A new demo user is created; an existing one gets the memberships it lacks (a password changed in Admin stays). */
	private void seedUser(DemoUser demo) {
		if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
			User user = identityService.newUser(demo.id());
			user.setFirstName(demo.firstName());
			user.setLastName(demo.lastName());
			user.setEmail(demo.email());
			user.setPassword(demoAccounts.password());
			identityService.saveUser(user);
		}
		for (String groupId : demo.groups()) {
			if (!groupExists(groupId)) {
				throw new IllegalStateException("Demo user " + demo.id() + " names unknown group " + groupId);
			}
			if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(groupId).count() == 0) {
				identityService.createMembership(demo.id(), groupId);
			}
		}
	}

	private boolean groupExists(String groupId) {
		return identityService.createGroupQuery().groupId(groupId).count() > 0;
	}

	private void createGroup(String id, String name, String type) {
		Group group = identityService.newGroup(id);
		group.setName(name);
		group.setType(type);
		identityService.saveGroup(group);
	}

	private void grantIfMissing(String groupId, Resource resource, String resourceId, Permission... permissions) {
		boolean granted = authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
			.resourceId(resourceId).hasPermission(permissions[0]).count() > 0;
		if (!granted) {
			grant(groupId, resource, resourceId, permissions);
		}
	}

	private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
		authorization.setGroupId(groupId);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		authorizationService.saveAuthorization(authorization);
	}

}
