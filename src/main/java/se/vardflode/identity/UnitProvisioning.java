package se.vardflode.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
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
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.vardflode.identity.TasklistFilters.Definition;

/**
 * Provisions the engine from {@code vardflode.units}, the source of truth, in every profile and at every start of every
 * node: the process owners' group {@code camunda-admin} (all rights), {@code managers}, a group per unit with its
 * "Min enhet" filter, "Mina uppgifter" for everyone, and each unit's grants — Tasklist, its own filter, READ on the
 * definitions of the processes it starts (through {@code /api}; no unit may create instances in the engine) — and the
 * first administrator from the environment ({@link FirstAdministrator}). It adds what is missing, brings filters back to
 * {@link TasklistFilters}, and revokes (and logs) what the configuration no longer names: a unit's other application
 * and filter grants, start grants, READ on a definition it neither starts nor has had tasks of, and everything of a
 * unit that has left the configuration. What the engine grants a unit for its tasks stays (the tasks themselves, READ on
 * their definitions: {@link UnitTaskAuthorizations}).
 *
 * <p>Nodes that start at once take turns: the whole run is one transaction that first locks the row of
 * {@code identity_provisioning}, so the second node waits and then finds everything in place. A run that loses a race
 * with the engine's own grants (a task created on another node in the same moment) is tried again.
 */
@Component
@Order(UnitProvisioning.ORDER)
class UnitProvisioning implements ApplicationRunner {

	/** Before the demo region's users (default profile), who become members of the groups made here. */
	static final int ORDER = 0;
	static final String TASKLIST = "tasklist";
	private static final int ATTEMPTS = 3;

	private static final Logger log = LoggerFactory.getLogger(UnitProvisioning.class);

	private final IdentityService identityService;
	private final AuthorizationService authorizationService;
	private final FilterService filterService;
	private final TaskService taskService;
	private final HistoryService historyService;
	private final CareUnits careUnits;
	private final FirstAdministrator administrator;
	private final JdbcTemplate sql;
	private final TransactionTemplate transaction;

	UnitProvisioning(IdentityService identityService, AuthorizationService authorizationService, FilterService filterService,
			TaskService taskService, HistoryService historyService, CareUnits careUnits, FirstAdministrator administrator,
			JdbcTemplate sql, TransactionTemplate transaction) {
		this.identityService = identityService;
		this.authorizationService = authorizationService;
		this.filterService = filterService;
		this.taskService = taskService;
		this.historyService = historyService;
		this.careUnits = careUnits;
		this.administrator = administrator;
		this.sql = sql;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		provision();
	}

	/** One run; what it changed, for the log and the tests. */
	Changes provision() {
		for (int attempt = 1;; attempt++) {
			try {
				Changes changes = transaction.execute(status -> provisionLocked());
				log.info("Provisioned {} care units from vardflode.units: {}", careUnits.units().size(), changes);
				return changes;
			}
			catch (RuntimeException raceWithTheEngine) {
				if (attempt == ATTEMPTS) {
					throw raceWithTheEngine;
				}
				log.warn("Provisioning attempt {} of {} failed, trying again: {}", attempt, ATTEMPTS, raceWithTheEngine.toString());
			}
		}
	}

	private Changes provisionLocked() {
		// every node's run waits here for the one before it to commit
		sql.queryForObject("select id from identity_provisioning where id = 1 for update", Integer.class);
		Changes changes = new Changes();
		provisionProcessOwners(changes);
		ensureGroup(StaffGroups.MANAGERS, "Chefer", Groups.GROUP_TYPE_WORKFLOW, changes);
		provisionMyTasks(changes);
		for (CareUnit unit : careUnits.units()) {
			provisionUnit(unit, changes);
		}
		Set<String> configured = careUnits.units().stream().map(CareUnit::id).collect(Collectors.toSet());
		for (Map<String, Object> former : sql.queryForList("select unit_id, filter_id from provisioned_unit")) {
			if (!configured.contains((String) former.get("unit_id"))) {
				retire((String) former.get("unit_id"), (String) former.get("filter_id"), changes);
			}
		}
		if (administrator.isConfigured()) {
			provisionAdministrator(changes);
		}
		sql.update("update identity_provisioning set provisioned_at = current_timestamp where id = 1");
		return changes;
	}

	private void provisionProcessOwners(Changes changes) {
		ensureGroup(Groups.CAMUNDA_ADMIN, "Processägare", Groups.GROUP_TYPE_SYSTEM, changes);
		Set<Integer> granted = grantsOf(Groups.CAMUNDA_ADMIN).stream().filter(grant -> ANY.equals(grant.getResourceId()))
			.filter(grant -> grant.isPermissionGranted(Permissions.ALL)).map(Authorization::getResourceType).collect(Collectors.toSet());
		for (Resources resource : Resources.values()) {
			if (!granted.contains(resource.resourceType())) {
				grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
				changes.added++;
			}
		}
	}

	private void provisionMyTasks(Changes changes) {
		String filterId = sql.queryForObject("select my_tasks_filter_id from identity_provisioning where id = 1", String.class);
		Filter filter = ensureFilter(filterId, TasklistFilters.myTasks(taskService), changes);
		if (!filter.getId().equals(filterId)) {
			sql.update("update identity_provisioning set my_tasks_filter_id = ? where id = 1", filter.getId());
		}
		boolean everyoneReads = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
			.resourceType(Resources.FILTER).resourceId(filter.getId()).hasPermission(Permissions.READ).count() > 0;
		if (!everyoneReads) {
			Authorization everyone = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
			everyone.setUserId(ANY);
			everyone.setResource(Resources.FILTER);
			everyone.setResourceId(filter.getId());
			everyone.addPermission(Permissions.READ);
			authorizationService.saveAuthorization(everyone);
			changes.added++;
		}
	}

	/**
	 * The unit's group, its filter and exactly its grants on applications, filters and process definitions; process
	 * instances it may not create.
	 */
	private void provisionUnit(CareUnit unit, Changes changes) {
		ensureGroup(unit.id(), unit.name(), Groups.GROUP_TYPE_WORKFLOW, changes);
		List<String> recorded = sql.queryForList("select filter_id from provisioned_unit where unit_id = ?", String.class, unit.id());
		Filter filter = ensureFilter(recorded.isEmpty() ? null : recorded.get(0), TasklistFilters.myUnit(unit, taskService), changes);
		if (recorded.isEmpty()) {
			sql.update("insert into provisioned_unit (unit_id, filter_id) values (?, ?)", unit.id(), filter.getId());
		}
		else if (!filter.getId().equals(recorded.get(0))) {
			sql.update("update provisioned_unit set filter_id = ? where unit_id = ?", filter.getId(), unit.id());
		}
		Set<String> managedFilters = managedFilterIds();
		for (Authorization grant : grantsOf(unit.id())) {
			Resource resource = resourceOf(grant);
			if (resource == Resources.APPLICATION) {
				keepOnly(grant, TASKLIST.equals(grant.getResourceId()), Permissions.ACCESS, unit.id(), "Tasklist is the units' only webapp", changes);
			}
			else if (resource == Resources.FILTER && managedFilters.contains(grant.getResourceId())) {
				keepOnly(grant, filter.getId().equals(grant.getResourceId()), Permissions.READ, unit.id(), "a unit reads its own filter", changes);
			}
			else if (resource == Resources.PROCESS_DEFINITION) {
				boolean readable = unit.startsProcesses().contains(grant.getResourceId()) || hasHadTasksOf(unit.id(), grant.getResourceId());
				keepOnly(grant, readable, Permissions.READ, unit.id(),
						"a unit reads the models it starts through /api or has tasks of, and creates no instances in the engine", changes);
			}
			else if (resource == Resources.PROCESS_INSTANCE) {
				keepOnly(grant, false, Permissions.NONE, unit.id(), "staff start processes through /api only", changes);
			}
		}
		grantIfMissing(unit.id(), Resources.APPLICATION, TASKLIST, Permissions.ACCESS, changes);
		grantIfMissing(unit.id(), Resources.FILTER, filter.getId(), Permissions.READ, changes);
		for (String processKey : unit.startsProcesses()) {
			grantIfMissing(unit.id(), Resources.PROCESS_DEFINITION, processKey, Permissions.READ, changes);
		}
	}

	/**
	 * A unit that has left {@code vardflode.units} loses its filter and what provisioning gave it; its group stays, so
	 * that its open tasks are not lost, until the process owner has moved them and deletes it in Admin.
	 */
	private void retire(String unitId, String filterId, Changes changes) {
		if (filterId != null && filterService.getFilter(filterId) != null) {
			filterService.deleteFilter(filterId);
			changes.removed++;
		}
		for (Authorization grant : grantsOf(unitId)) {
			Resource resource = resourceOf(grant);
			if (resource == Resources.APPLICATION || resource == Resources.FILTER || resource == Resources.PROCESS_DEFINITION
					|| resource == Resources.PROCESS_INSTANCE) {
				keepOnly(grant, false, Permissions.NONE, unitId, "the unit is no longer in vardflode.units", changes);
			}
		}
		sql.update("delete from provisioned_unit where unit_id = ?", unitId);
		long openTasks = taskService.createTaskQuery().taskCandidateGroup(unitId).includeAssignedTasks().count();
		log.warn("Unit {} is no longer in vardflode.units: its filter and grants are removed; its group stays with {} open tasks "
				+ "naming it (move them, then delete the group in Admin)", unitId, openTasks);
	}

	private void provisionAdministrator(Changes changes) {
		String userId = administrator.userId();
		if (identityService.createUserQuery().userId(userId).count() == 0) {
			User user = identityService.newUser(userId);
			user.setFirstName(administrator.firstName());
			user.setLastName(administrator.lastName());
			user.setEmail(administrator.email());
			user.setPassword(administrator.password());
			identityService.saveUser(user);
			changes.added++;
			log.info("Created the first administrator {} from the environment", userId);
		}
		if (identityService.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
			identityService.createMembership(userId, Groups.CAMUNDA_ADMIN);
			changes.added++;
		}
	}

	/** The unit's work on the process: open tasks or finished ones that named it, for which the engine granted READ. */
	private boolean hasHadTasksOf(String groupId, String processDefinitionKey) {
		return taskService.createTaskQuery().taskCandidateGroup(groupId).includeAssignedTasks().processDefinitionKey(processDefinitionKey)
			.count() > 0
				|| historyService.createHistoricTaskInstanceQuery().taskHadCandidateGroup(groupId).processDefinitionKey(processDefinitionKey)
					.count() > 0;
	}

	private Set<String> managedFilterIds() {
		Set<String> ids = sql.queryForList("select filter_id from provisioned_unit", String.class).stream().filter(Objects::nonNull)
			.collect(Collectors.toSet());
		String myTasks = sql.queryForObject("select my_tasks_filter_id from identity_provisioning where id = 1", String.class);
		if (myTasks != null) {
			ids.add(myTasks);
		}
		return ids;
	}

	/**
	 * The recorded filter brought back to its definition, or, on a database from before provisioning recorded it, the
	 * filter of that name, or a new one. Properties other than the definition's (a colour set in Tasklist) stay.
	 */
	private Filter ensureFilter(String recordedId, Definition definition, Changes changes) {
		Filter filter = recordedId == null ? null : filterService.getFilter(recordedId);
		if (filter == null) {
			filter = filterService.createFilterQuery().filterName(definition.name()).list().stream().findFirst().orElse(null);
		}
		if (filter == null) {
			filter = filterService.newTaskFilter(definition.name()).setQuery(definition.query()).setProperties(definition.properties());
			filterService.saveFilter(filter);
			changes.added++;
			return filter;
		}
		Map<String, Object> properties = new HashMap<>(filter.getProperties() == null ? Map.of() : filter.getProperties());
		properties.putAll(definition.properties());
		String query = queryJson(filterService.newTaskFilter().setQuery(definition.query()));
		if (!definition.name().equals(filter.getName()) || !query.equals(queryJson(filter)) || !properties.equals(filter.getProperties())) {
			filter.setName(definition.name());
			filter.setQuery(definition.query());
			filter.setProperties(properties);
			filterService.saveFilter(filter);
			changes.updated++;
		}
		return filter;
	}

	private static String queryJson(Filter filter) {
		return ((FilterEntity) filter).getQueryInternal();
	}

	private void ensureGroup(String id, String name, String type, Changes changes) {
		Group group = identityService.createGroupQuery().groupId(id).singleResult();
		if (group != null && name.equals(group.getName()) && type.equals(group.getType())) {
			return;
		}
		if (group == null) {
			group = identityService.newGroup(id);
			changes.added++;
		}
		else {
			changes.updated++;
		}
		group.setName(name);
		group.setType(type);
		identityService.saveGroup(group);
	}

	/**
	 * A grant the configuration names keeps only {@code permission}; one it does not name goes. Either change is logged
	 * with the reason.
	 */
	private void keepOnly(Authorization grant, boolean named, Permission permission, String groupId, String reason, Changes changes) {
		List<Permission> others = Arrays.stream(Permissions.values())
			.filter(other -> other != Permissions.NONE && other != Permissions.ALL && other != permission)
			.filter(other -> isRelevant(other, grant.getResourceType()) && grant.isPermissionGranted(other)).map(Permission.class::cast)
			.toList();
		if (!named || !grant.isPermissionGranted(permission)) {
			authorizationService.deleteAuthorization(grant.getId());
			changes.removed++;
			log.info("Revoked {} on {} {} from group {}: {}", permissionNames(grant), resourceOf(grant).resourceName(), grant.getResourceId(),
					groupId, reason);
			return;
		}
		if (!others.isEmpty()) {
			others.forEach(grant::removePermission);
			authorizationService.saveAuthorization(grant);
			changes.removed++;
			log.info("Revoked {} on {} {} from group {}: {}", others.stream().map(Permission::getName).toList(),
					resourceOf(grant).resourceName(), grant.getResourceId(), groupId, reason);
		}
	}

	private static boolean isRelevant(Permissions permission, int resourceType) {
		return Arrays.stream(permission.getTypes()).anyMatch(type -> type.resourceType() == resourceType);
	}

	private static List<String> permissionNames(Authorization grant) {
		Resource resource = resourceOf(grant);
		return Arrays.stream(grant.getPermissions(Permissions.values())).filter(permission -> isRelevant((Permissions) permission, resource.resourceType()))
			.map(Permission::getName).filter(name -> !"NONE".equals(name) && !"ALL".equals(name)).toList();
	}

	private static Resource resourceOf(Authorization grant) {
		return Arrays.stream(Resources.values()).filter(resource -> resource.resourceType() == grant.getResourceType()).findFirst()
			.map(Resource.class::cast).orElse(new UnknownResource(grant.getResourceType()));
	}

	private List<Authorization> grantsOf(String groupId) {
		return authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).list();
	}

	private void grantIfMissing(String groupId, Resource resource, String resourceId, Permission permission, Changes changes) {
		Authorization existing = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
			.resourceType(resource).resourceId(resourceId).singleResult();
		if (existing == null) {
			grant(groupId, resource, resourceId, permission);
			changes.added++;
		}
		else if (!existing.isPermissionGranted(permission)) {
			existing.addPermission(permission);
			authorizationService.saveAuthorization(existing);
			changes.added++;
		}
	}

	private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
		Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
		authorization.setGroupId(groupId);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		authorization.addPermission(permission);
		authorizationService.saveAuthorization(authorization);
	}

	/** How many groups, filters and grants a run added, brought back to the configuration, and removed. */
	static final class Changes {

		int added;
		int updated;
		int removed;

		boolean none() {
			return added == 0 && updated == 0 && removed == 0;
		}

		@Override
		public String toString() {
			return none() ? "nothing to change" : added + " added, " + updated + " updated, " + removed + " revoked or removed";
		}

	}

	private record UnknownResource(int resourceType) implements Resource {

		@Override
		public String resourceName() {
			return "resource type " + resourceType;
		}

	}

}
