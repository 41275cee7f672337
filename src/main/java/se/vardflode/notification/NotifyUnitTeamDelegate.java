package se.vardflode.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;

/**
 * Mails the team of the unit in the variable {@code unitId} (a process variable, or an input parameter of the task
 * to name another unit), with the template named by the task's input parameter {@code mailTemplate}. With the input
 * parameter {@code recipient} set to {@code manager} it mails the unit's manager instead.
 *
 * <p>The template sees {@code unitName}, the process variables the input parameter {@code mailVariables} names
 * (comma-separated), and, where the input parameter {@code task} names the user task the mail is about (its id in the
 * model; several, comma-separated, where one of them is open), {@code taskUrl}: that task, open in Tasklist. A team mail says what to do and links to the task; it never
 * shows the patient's personnummer or name (the task does, after the login).
 */
@Component
class NotifyUnitTeamDelegate implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(NotifyUnitTeamDelegate.class);

	static final String MAIL_TEMPLATE = "mailTemplate";
	static final String UNIT_ID = "unitId";
	static final String RECIPIENT = "recipient";
	static final String MAIL_VARIABLES = "mailVariables";
	static final String TASK = "task";

	private final MailNotifier mailNotifier;
	private final CareUnits careUnits;
	private final TaskService taskService;
	private final PublicLinks links;

	NotifyUnitTeamDelegate(MailNotifier mailNotifier, CareUnits careUnits, TaskService taskService, PublicLinks links) {
		this.mailNotifier = mailNotifier;
		this.careUnits = careUnits;
		this.taskService = taskService;
		this.links = links;
	}

	@Override
	public void execute(DelegateExecution execution) {
		CareUnit unit = careUnits.get((String) execution.getVariable(UNIT_ID));
		Map<String, Object> model = TemplateVariables.named(execution, MAIL_VARIABLES);
		model.put("unitName", unit.name());
		if (execution.getVariableLocal(TASK) instanceof String activityIds) {
			model.put("taskUrl", taskUrl(execution, activityIds));
		}
		mailNotifier.send(execution, recipient(unit, execution), (String) execution.getVariableLocal(MAIL_TEMPLATE), model);
	}

	/**
	 * The task the mail is about, open in Tasklist: the one open task of this process instance among the activities
	 * named. A timer that does not interrupt its task sends the mail in a job of its own, by which time the task may be
	 * done: then the link opens the unit's task list, and the mail is not held up.
	 */
	private String taskUrl(DelegateExecution execution, String activityIds) {
		String[] keys = Arrays.stream(activityIds.split(",")).map(String::strip).filter(key -> !key.isEmpty()).toArray(String[]::new);
		List<Task> tasks = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKeyIn(keys)
			.active().list();
		if (tasks.size() == 1) {
			return links.task(tasks.get(0).getId());
		}
		log.info("{} links to the task {}, but {} such tasks are open: the mail links to Tasklist", execution.getCurrentActivityId(),
				activityIds, tasks.size());
		return links.tasklist();
	}

	private static String recipient(CareUnit unit, DelegateExecution execution) {
		if (!"manager".equals(execution.getVariableLocal(RECIPIENT))) {
			return unit.teamMail();
		}
		if (unit.managerMail() == null) {
			throw new IllegalStateException("Care unit " + unit.id() + " has no manager-mail configured");
		}
		return unit.managerMail();
	}

}
