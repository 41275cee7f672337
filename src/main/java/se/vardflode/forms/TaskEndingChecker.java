package se.vardflode.forms;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.vardflode.forms.TaskEnding.Way;

/**
 * What a task may end with, checked where the engine asks its checkers whether the caller may work the task — after
 * its own authorization (this checker is installed last), so that who may not work a task learns nothing about its
 * form, and before anything changes:
 * <ul>
 * <li>complete and submit-form: the answer must match the task's form and its rules ({@link SubmissionCheck});
 * <li>resolve, BPMN error and escalation carry no variables: an answer is given in the form, where it is checked
 * (through a BPMN error {@code vc.anders} could set a referral's {@code patientEmail}); refused with 400;
 * <li>a BPMN error or escalation ends a task only when the model catches it on that task with a boundary event:
 * otherwise the engine ends the task and its process without an answer, or a surrounding handler meant for something
 * else takes over (the chat's "extended" loop); refused with 400.
 * </ul>
 * A task-ending command that is not a {@link TaskEnding} has bypassed the replaced services and is refused outright.
 */
class TaskEndingChecker extends AllowingCommandChecker {

	private static final Logger log = LoggerFactory.getLogger(TaskEndingChecker.class);
	private static final List<Class<?>> ENGINE_ENDINGS = List.of(CompleteTaskCmd.class, SubmitTaskFormCmd.class,
			HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class);

	private final Map<String, List<TaskRule>> rulesByForm;

	TaskEndingChecker(List<TaskRule> rules) {
		this.rulesByForm = rules.stream().collect(Collectors.groupingBy(TaskRule::formId));
	}

	@Override
	public void checkTaskWork(TaskEntity task) {
		Command<?> command = Context.getCommandInvocationContext().getCommand();
		if (command instanceof TaskEnding ending) {
			if (ending.way() == Way.COMPLETE) {
				SubmissionCheck.check(Context.getCommandContext(), task, ending.variables(), rulesByForm);
				return;
			}
			refuseVariables(task, ending);
			if (ending.way() != Way.RESOLVE && !caughtOnTheTask(task, ending)) {
				refuse(task, "Uppgiften \"" + task.getName() + "\" kan inte avslutas med " + what(ending) + " \"" + ending.code()
						+ "\": modellen fångar det inte med en gränshändelse på uppgiften.");
			}
		}
		else if (ENGINE_ENDINGS.stream().anyMatch(type -> type.isInstance(command))) {
			throw new IllegalStateException("Task " + task.getId() + " would be ended by " + command.getClass().getName()
					+ ", which bypasses the completion check");
		}
	}

	private static void refuseVariables(TaskEntity task, TaskEnding ending) {
		if (ending.variables() != null && !ending.variables().isEmpty()) {
			refuse(task, "Svar och andra variabler skickas när uppgiften slutförs med sitt formulär, inte med " + what(ending) + ": "
					+ String.join(", ", ending.variables().keySet()) + ".");
		}
	}

	private static String what(TaskEnding ending) {
		return switch (ending.way()) {
			case RESOLVE -> "att den lämnas tillbaka (resolve)";
			case BPMN_ERROR -> "BPMN-felet";
			case ESCALATION -> "eskaleringen";
			case COMPLETE -> throw new IllegalArgumentException("a completion is checked against its form");
		};
	}

	private static boolean caughtOnTheTask(TaskEntity task, TaskEnding ending) {
		FlowElement element = task.getBpmnModelElementInstance();
		if (element == null) {
			return false;
		}
		return element.getModelInstance().getModelElementsByType(BoundaryEvent.class).stream()
			.filter(boundary -> boundary.getAttachedTo() != null && element.getId().equals(boundary.getAttachedTo().getId()))
			.flatMap(boundary -> boundary.getEventDefinitions().stream())
			.anyMatch(definition -> catches(definition, ending));
	}

	/** As the engine matches them: a definition without a reference or without a code catches every code. */
	private static boolean catches(EventDefinition definition, TaskEnding ending) {
		if (ending.way() == Way.BPMN_ERROR && definition instanceof ErrorEventDefinition error) {
			return error.getError() == null || error.getError().getErrorCode() == null
					|| error.getError().getErrorCode().equals(ending.code());
		}
		if (ending.way() == Way.ESCALATION && definition instanceof EscalationEventDefinition escalation) {
			return escalation.getEscalation() == null || escalation.getEscalation().getEscalationCode() == null
					|| escalation.getEscalation().getEscalationCode().equals(ending.code());
		}
		return false;
	}

	private static void refuse(TaskEntity task, String reason) {
		log.info("Refused to end task {} ({}): {}", task.getId(), task.getTaskDefinitionKey(), reason);
		throw new BadUserRequestException(reason);
	}

}
