package se.vardflode.patient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.vardflode.api.ApiProblem;
import se.vardflode.forms.FormFields;
import se.vardflode.forms.FormValidationException;
import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;
import se.vardflode.kernel.CareTime;
import se.vardflode.patient.PatientAuditLog.Action;

/**
 * The patient API behind the patient page: the logged-in patient's open tasks, one task with its Camunda Form, and
 * the submission. Someone else's task answers 404 exactly like a task that does not exist. Every read is audited.
 */
@RestController
@RequestMapping("/api/patient/tasks")
class PatientTaskController {


	private final PatientTasks patientTasks;
	private final TaskService taskService;
	private final FormService formService;
	private final CareUnits careUnits;
	private final PatientAuditLog auditLog;
	private final ObjectMapper json;

	PatientTaskController(PatientTasks patientTasks, TaskService taskService, FormService formService, CareUnits careUnits,
			PatientAuditLog auditLog, ObjectMapper json) {
		this.patientTasks = patientTasks;
		this.taskService = taskService;
		this.formService = formService;
		this.careUnits = careUnits;
		this.auditLog = auditLog;
		this.json = json;
	}

	record TaskSummary(String id, String name, String unit, LocalDate due) {
	}

	record TaskList(String patientName, List<TaskSummary> tasks) {
	}

	record TaskWithForm(String id, String name, String unit, LocalDate due, JsonNode form, Map<String, Object> data) {
	}

	@GetMapping
	TaskList openTasks(@AuthenticationPrincipal(expression = "patient()") PatientPrincipal patient) {
		auditLog.patientRead(patient, Action.LIST_TASKS, null);
		return new TaskList(patient.displayName(), patientTasks.openTasksOf(patient.personnummer()).stream()
			.map(task -> summary(task, readJson(deployedForm(task.getId())))).toList());
	}

	@GetMapping("/{taskId}")
	TaskWithForm task(@AuthenticationPrincipal(expression = "patient()") PatientPrincipal patient, @PathVariable String taskId) {
		Task task = patientTasks.openTaskOf(patient.personnummer(), taskId).orElseThrow(PatientTaskController::noSuchTask);
		auditLog.patientRead(patient, Action.READ_TASK_FORM, taskId);
		byte[] form = deployedForm(taskId);
		Map<String, Object> data = new LinkedHashMap<>();
		VariableMap current = taskService.getVariablesTyped(taskId, FormFields.keysOf(new ByteArrayInputStream(form)), true);
		current.keySet().forEach(name -> data.put(name, forPage(current.getValueTyped(name).getValue())));
		JsonNode schema = readJson(form);
		TaskSummary summary = summary(task, schema);
		return new TaskWithForm(summary.id(), summary.name(), summary.unit(), summary.due(), schema, data);
	}

	@PostMapping("/{taskId}")
	ResponseEntity<Void> submit(@AuthenticationPrincipal(expression = "patient()") PatientPrincipal patient, @PathVariable String taskId,
			@RequestBody Map<String, Object> submitted) {
		VariableMap variables = Variables.createVariables();
		submitted.forEach((name, value) -> variables.put(name, toVariable(value)));
		try {
			if (!patientTasks.complete(patient, taskId, variables)) {
				throw noSuchTask();
			}
		}
		catch (FormValidationException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
			throw ApiProblem.invalidForm(errors);
		}
		return ResponseEntity.noContent().build();
	}

	/** The task as the patient page lists it, named by what its form is ({@link PatientTaskTitle}). */
	private TaskSummary summary(Task task, JsonNode form) {
		Object unitId = taskService.getVariable(task.getId(), PatientTasks.UNIT_VARIABLE);
		String unit = unitId instanceof String id ? careUnits.find(id).map(CareUnit::name).orElse(id) : "Din vårdenhet";
		Date due = task.getDueDate();
		return new TaskSummary(task.getId(), PatientTaskTitle.of(form, task.getName()), unit, due == null ? null : CareTime.dayOf(due.toInstant()));
	}

	private byte[] deployedForm(String taskId) {
		try (InputStream form = formService.getDeployedTaskForm(taskId)) {
			return form.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private JsonNode readJson(byte[] form) {
		try {
			return json.readTree(form);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lists and objects (checklists, tag lists) are stored as JSON variables, as Tasklist stores them. */
	private Object toVariable(Object value) {
		if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
			try {
				return SpinValues.jsonValue(json.writeValueAsString(value)).create();
			}
			catch (JsonProcessingException ex) {
				throw new IllegalArgumentException(ex);
			}
		}
		return value;
	}

	private Object forPage(Object value) {
		if (value instanceof org.camunda.spin.json.SpinJsonNode node) {
			return readJson(node.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		return value;
	}

	/** Someone else's task answers exactly like a task that does not exist. */
	private static ApiProblem noSuchTask() {
		return ApiProblem.notFound("patient-task-not-found", "Uppgiften hittades inte", "Uppgiften finns inte eller är redan klar.");
	}

}
