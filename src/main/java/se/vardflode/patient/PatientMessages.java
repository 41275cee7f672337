package se.vardflode.patient;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.vardflode.patient.PatientAuditLog.Action;
import se.vardflode.patient.PatientInbox.Message;

/**
 * The logged-in person's inbox as the patient API reads it: every read is in the access log (PDL) in the read's own
 * transaction, like her tasks, and opening a message marks it read.
 */
@Component
class PatientMessages {

	private final PatientInbox inbox;
	private final PatientAuditLog auditLog;

	PatientMessages(PatientInbox inbox, PatientAuditLog auditLog) {
		this.inbox = inbox;
		this.auditLog = auditLog;
	}

	@Transactional
	List<Message> list(PatientPrincipal patient) {
		auditLog.patientRead(patient, Action.LIST_MESSAGES, null);
		return inbox.messagesOf(patient.personnummer());
	}

	/** The person's own message, marked read; nothing (and no log row) for someone else's or none. */
	@Transactional
	Optional<Message> open(PatientPrincipal patient, String id) {
		Optional<Message> message = inbox.messageOf(patient.personnummer(), id);
		message.ifPresent(found -> {
			auditLog.patientRead(patient, Action.READ_MESSAGE, null);
			inbox.markRead(patient.personnummer(), id);
		});
		return message;
	}

}
