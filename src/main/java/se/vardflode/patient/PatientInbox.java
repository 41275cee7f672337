package se.vardflode.patient;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.vardflode.kernel.CareTime;
import se.vardflode.kernel.Personnummer;

/**
 * The patients' messages (table {@code patient_message}, migration V122): what the care units tell a patient or a
 * custodian, read in the patient page. Mail only says that there is a new message (see
 * {@code notification.PatientNotifier}, which delivers here); the message itself, which may name the unit, the group
 * or the referral, never leaves the patient page. Each message is addressed to one person's own personnummer.
 */
@Repository
public class PatientInbox {

	private static final String COLUMNS = "id, unit_id, kind, title, body, created_at, read_at";
	private static final RowMapper<Message> MESSAGE = (row, i) -> new Message(row.getString("id"), row.getString("unit_id"),
			row.getString("kind"), row.getString("title"), row.getString("body"), row.getObject("created_at", OffsetDateTime.class).toInstant(),
			Optional.ofNullable(row.getObject("read_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null));

	private final JdbcClient jdbc;

	PatientInbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A message to deliver.
	 *
	 * @param id stable for the sending step: the same when the step runs again
	 * @param recipient whose inbox: the patient's, or a custodian's own
	 * @param unitId the unit the message is from
	 * @param kind the message's template, e.g. {@code referral-sent}
	 * @param processInstanceId the process that sent it
	 */
	public record NewMessage(String id, Personnummer recipient, String unitId, String kind, String title, String body,
			String processInstanceId) {
	}

	/** A delivered message; {@code readAt} is {@code null} until the recipient has opened it. */
	record Message(String id, String unitId, String kind, String title, String body, Instant sentAt, Instant readAt) {
	}

	/**
	 * Delivers the message in the caller's transaction (the engine's, in the job that sends the notice). A message with
	 * this id is delivered once: the job that runs again finds it and leaves it as it is, read or not. A run of the same
	 * job at the same time (a second node, once the first one's lock expired) waits here on the first run's uncommitted
	 * message and, once that run has committed, fails as the engine's optimistic-locking conflict: the first run did
	 * the job's work, there is nothing to retry.
	 */
	public void deliver(NewMessage message) {
		boolean delivered = jdbc.sql("select count(*) from patient_message where id = :id").param("id", message.id())
			.query(Integer.class).single() > 0;
		if (delivered) {
			return;
		}
		try {
			jdbc.sql("""
					insert into patient_message (id, patient_reference, unit_id, kind, title, body, process_instance_id, created_at)
					values (:id, :patient, :unitId, :kind, :title, :body, :processInstanceId, :createdAt)""")
				.param("id", message.id())
				.param("patient", message.recipient().value())
				.param("unitId", message.unitId())
				.param("kind", message.kind())
				.param("title", message.title())
				.param("body", message.body())
				.param("processInstanceId", message.processInstanceId())
				.param("createdAt", now())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new OptimisticLockingException("Message " + message.id() + " was delivered by another run of the same job meanwhile");
		}
	}

	/** The person's messages, newest first. */
	List<Message> messagesOf(Personnummer recipient) {
		return jdbc.sql("select " + COLUMNS + " from patient_message where patient_reference = :patient order by created_at desc, delivered_seq desc")
			.param("patient", recipient.value())
			.query(MESSAGE)
			.list();
	}

	/** The person's own message, or nothing: someone else's message is indistinguishable from none. */
	Optional<Message> messageOf(Personnummer recipient, String id) {
		return jdbc.sql("select " + COLUMNS + " from patient_message where id = :id and patient_reference = :patient")
			.param("id", id)
			.param("patient", recipient.value())
			.query(MESSAGE)
			.optional();
	}

	/** Marks the person's own message read, the first time only. */
	void markRead(Personnummer recipient, String id) {
		jdbc.sql("update patient_message set read_at = :now where id = :id and patient_reference = :patient and read_at is null")
			.param("now", now())
			.param("id", id)
			.param("patient", recipient.value())
			.update();
	}

	/** Care time, the engine's clock that tests move. */
	private static OffsetDateTime now() {
		return CareTime.now().atOffset(ZoneOffset.UTC);
	}

}
