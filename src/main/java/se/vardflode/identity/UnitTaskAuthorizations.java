package se.vardflode.identity;

import java.util.Arrays;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * What the engine grants a unit when a task names it as candidate group: the task itself (the engine's default) and
 * READ on the task's process definition, so that Tasklist can show the process name on the task card and the diagram
 * of the task. Without it a unit that works a pathway it does not start (the advice line in "Triage till PST") sees
 * "there is no diagram". READ lets the unit read the model only: not start it (CREATE_INSTANCE), not its other
 * instances (READ_INSTANCE) and not their history. The grant outlives the task: a unit that has worked a pathway keeps
 * reading its model.
 */
class UnitTaskAuthorizations extends DefaultAuthorizationProvider {

	@Override
	public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
		AuthorizationEntity[] taskAuthorizations = super.newTaskGroupIdentityLink(task, groupId, type);
		ProcessDefinitionEntity definition = task instanceof TaskEntity entity ? entity.getProcessDefinition() : null;
		if (!IdentityLinkType.CANDIDATE.equals(type) || definition == null) {
			return taskAuthorizations;
		}
		AuthorizationEntity readDefinition = readDefinition(groupId, definition.getKey());
		if (readDefinition == null) {
			return taskAuthorizations;
		}
		AuthorizationEntity[] all = Arrays.copyOf(taskAuthorizations, taskAuthorizations.length + 1);
		all[taskAuthorizations.length] = readDefinition;
		return all;
	}

	/**
	 * The grant to save, or null when the unit may read the definition already: the grant row of a (group, definition)
	 * pair is updated only when it lacks READ, so that tasks created at the same time do not contend for it.
	 */
	private AuthorizationEntity readDefinition(String groupId, String processDefinitionKey) {
		AuthorizationEntity existing = getGrantAuthorizationByGroupId(groupId, Resources.PROCESS_DEFINITION, processDefinitionKey);
		if (existing == null) {
			// createAuthorization merges with a grant made for another task of the same command, not yet flushed
			return createAuthorization(null, groupId, Resources.PROCESS_DEFINITION, processDefinitionKey, Permissions.READ);
		}
		if (existing.isPermissionGranted(Permissions.READ)) {
			return null;
		}
		existing.addPermission(Permissions.READ);
		return existing;
	}

}
