package se.vardflode.patient;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import se.vardflode.forms.TaskCompletionGuard;

/**
 * A patient's task is the patient's to complete. Unit staff have no authorization on it anyway; this also stops an
 * administrator (whom the engine does not check) from completing it in Tasklist or through {@code /engine-rest}.
 * The patient API completes it without an engine user, after checking that the task is the logged-in patient's.
 */
@Component
class PatientTaskGuard implements TaskCompletionGuard {

	@Override
	public void check(Task task, String engineUserId) {
		if (PatientAssignee.isPatient(task.getAssignee()) && engineUserId != null && !engineUserId.equals(task.getAssignee())) {
			throw new AuthorizationException("Only the patient completes a patient's task (task " + task.getId() + ")");
		}
	}

}
