package se.vardflode.patient;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.vardflode.forms.TaskChange;
import se.vardflode.forms.TaskGuard;
import se.vardflode.kernel.PatientAssignee;
import se.vardflode.kernel.Personnummer;
import se.vardflode.patient.PatientAuditLog.Action;
import se.vardflode.patient.PatientAuditLog.ActorType;

/**
 * A patient's task is the patient's: no engine user — unit staff, and the process owner, whom the engine's
 * authorization lets do anything — may take it, hand it on, change it, its variables or its candidates, end it or
 * delete it, through Tasklist, {@code /engine-rest} or the Java API; nor give a task to a patient. The patient API acts
 * without an engine user, after checking that the task is the logged-in patient's. Every refused attempt is a row in
 * the PDL access log.
 */
@Component
class PatientTaskGuard implements TaskGuard {

	private static final Logger log = LoggerFactory.getLogger(PatientTaskGuard.class);

	private final ObjectProvider<PatientAuditLog> auditLog;
	private final TransactionTemplate ownTransaction;

	/** The log is looked up when first needed: its database migrations wait for the engine, which this guard is part of. */
	PatientTaskGuard(ObjectProvider<PatientAuditLog> auditLog, PlatformTransactionManager transactions) {
		this.auditLog = auditLog;
		// the refusal rolls the engine's transaction back; the log row of the attempt must outlive it
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public void check(TaskChange change) {
		Task task = change.task();
		String staff = change.engineUserId();
		if (staff == null) {
			return;
		}
		if (PatientAssignee.isPatient(task.getAssignee()) && !staff.equals(task.getAssignee())) {
			refuse(staff, PatientAssignee.patientOf(task.getAssignee()).orElseThrow(), task,
					"Uppgiften är patientens egen: den kan inte tas, lämnas vidare, ändras eller avslutas av personal");
		}
		if (PatientAssignee.isPatient(change.handedTo())) {
			// a staff task handed to a patient would show another person's case in the patient page
			refuse(staff, PatientAssignee.patientOf(change.handedTo()).orElseThrow(), task, "Personalens uppgifter kan inte lämnas till en patient");
		}
	}

	private void refuse(String staff, Personnummer patient, Task task, String reason) {
		ownTransaction.executeWithoutResult(
				status -> auditLog.getObject().record(staff, ActorType.STAFF, patient, Action.REFUSED_CHANGE, task.getId()));
		log.info("Refused {} a change of task {} ({}): {}", staff, task.getId(), task.getTaskDefinitionKey(), reason);
		throw new AuthorizationException(reason + " (uppgift " + task.getId() + ").");
	}

}
