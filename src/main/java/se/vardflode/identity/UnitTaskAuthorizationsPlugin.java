package se.vardflode.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Installs {@link UnitTaskAuthorizations} in the engine, in every profile (the Camunda starter applies every plugin
 * bean), and at start gives each unit what it would have got for the tasks it already has open: a database from before
 * {@link UnitTaskAuthorizations} came in has units with open tasks of pathways whose definitions they cannot read.
 */
@Component
class UnitTaskAuthorizationsPlugin extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(UnitTaskAuthorizationsPlugin.class);

	private final CareUnits careUnits;

	UnitTaskAuthorizationsPlugin(CareUnits careUnits) {
		this.careUnits = careUnits;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setResourceAuthorizationProvider(new UnitTaskAuthorizations());
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		if (!engine.getProcessEngineConfiguration().isAuthorizationEnabled()) {
			return;
		}
		for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
			for (CareUnit unit : careUnits.units()) {
				grantReadForOpenTasks(engine, unit.id(), definition.getKey());
			}
		}
	}

	private void grantReadForOpenTasks(ProcessEngine engine, String groupId, String processDefinitionKey) {
		AuthorizationService authorizations = engine.getAuthorizationService();
		if (mayRead(authorizations, groupId, processDefinitionKey) || engine.getTaskService().createTaskQuery()
			.taskCandidateGroup(groupId).includeAssignedTasks().processDefinitionKey(processDefinitionKey).count() == 0) {
			return;
		}
		try {
			Authorization grant = grantOf(authorizations, groupId, processDefinitionKey);
			if (grant == null) {
				grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
				grant.setGroupId(groupId);
				grant.setResource(Resources.PROCESS_DEFINITION);
				grant.setResourceId(processDefinitionKey);
			}
			grant.addPermission(Permissions.READ);
			authorizations.saveAuthorization(grant);
			log.info("Unit {} may now read process definition {}, whose tasks it has open", groupId, processDefinitionKey);
		}
		catch (ProcessEngineException raceWithAnotherNode) {
			// nodes that start together may both grant it; one insert or update loses to the other's identical grant
			if (!mayRead(authorizations, groupId, processDefinitionKey)) {
				throw raceWithAnotherNode;
			}
		}
	}

	private static boolean mayRead(AuthorizationService authorizations, String groupId, String processDefinitionKey) {
		Authorization grant = grantOf(authorizations, groupId, processDefinitionKey);
		return grant != null && grant.isPermissionGranted(Permissions.READ);
	}

	private static Authorization grantOf(AuthorizationService authorizations, String groupId, String processDefinitionKey) {
		return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId)
			.resourceType(Resources.PROCESS_DEFINITION).resourceId(processDefinitionKey).singleResult();
	}

}
