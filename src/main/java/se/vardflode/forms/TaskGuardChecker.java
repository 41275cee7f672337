package se.vardflode.forms;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Asks every {@link TaskGuard} on each of the engine's own checks that come before a task changes. The engine's task
 * commands call these checks themselves — assign, delegate, set owner, identity links, name, priority and due dates,
 * saving a task: {@code checkTaskAssign}; complete, submit-form, resolve, BPMN error and escalation, claim, comments:
 * {@code checkTaskWork}; task variables: {@code checkUpdateTaskVariable}; delete: {@code checkDeleteTask}; a new
 * standalone task: {@code checkCreateTask} — so no API reaches a task without passing here. Installed first among the
 * engine's checkers.
 */
class TaskGuardChecker extends AllowingCommandChecker {

	private final List<TaskGuard> guards;

	TaskGuardChecker(List<TaskGuard> guards) {
		this.guards = List.copyOf(guards);
	}

	@Override
	public void checkCreateTask(TaskEntity task) {
		ask(task, task.getAssignee(), task.getOwner());
	}

	@Override
	public void checkTaskAssign(TaskEntity task) {
		guard(task);
	}

	@Override
	public void checkTaskWork(TaskEntity task) {
		guard(task);
	}

	@Override
	public void checkUpdateTaskVariable(TaskEntity task) {
		guard(task);
	}

	@Override
	public void checkDeleteTask(TaskEntity task) {
		guard(task);
	}

	private void guard(TaskEntity task) {
		CommandContext commandContext = Context.getCommandContext();
		Command<?> command = Context.getCommandInvocationContext().getCommand();
		TaskEntity stored = commandContext.getTaskManager().findTaskById(task.getId());
		if (stored == null || stored == task) {
			ask(task, command instanceof TaskHandOver handOver ? handOver.handedTo() : null);
		}
		else {
			// saveTask (PUT /task/{id}) passes the caller's edited copy: the stored task is the one to guard, and an
			// assignee or owner the copy changes is whom the task is handed to
			ask(stored, Objects.equals(task.getAssignee(), stored.getAssignee()) ? null : task.getAssignee(),
					Objects.equals(task.getOwner(), stored.getOwner()) ? null : task.getOwner());
		}
	}

	/** Once for the task itself, and once more for each user it is handed to. */
	private void ask(TaskEntity task, String... handedTo) {
		String engineUserId = Context.getCommandContext().getAuthenticatedUserId();
		List<TaskChange> changes = Stream.concat(Stream.of(new TaskChange(task, engineUserId, null)),
				Stream.of(handedTo).filter(Objects::nonNull).map(user -> new TaskChange(task, engineUserId, user))).toList();
		changes.forEach(change -> guards.forEach(guard -> guard.check(change)));
	}

}
