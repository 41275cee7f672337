package se.vardflode.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.vardflode.chat.ChatChannel.ClosedBy;
import se.vardflode.chat.ChatChannel.Status;
import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.Personnummer;

/**
 * The chat_channel and chat_participant tables (Flyway migration V3_1). Runs in the caller's transaction, which is
 * the engine's when called from a delegate, so a channel row and the process state commit or roll back together.
 */
@Repository
class ChatChannels {

	private final JdbcClient jdbc;

	ChatChannels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Registers a new chat; the unique open_key refuses a second open chat for the same patient, unit and care type
	 * with a {@link org.springframework.dao.DuplicateKeyException}.
	 */
	void register(String chatId, String unitId, CareType careType, Personnummer patient, EmailAddress contactEmail,
			LocalDate dueDate, List<ChatParticipant> participants, Instant now) {
		jdbc.sql("""
				insert into chat_channel (id, unit_id, care_type, patient_personnummer, contact_email, due_date, status,
				    created_at, open_key)
				values (:id, :unitId, :careType, :patient, :contactEmail, :dueDate, :status, :createdAt, :openKey)""")
			.param("id", chatId)
			.param("unitId", unitId)
			.param("careType", careType.name())
			.param("patient", patient.value())
			.param("contactEmail", contactEmail == null ? null : contactEmail.value())
			.param("dueDate", dueDate)
			.param("status", Status.ENROLLED.name())
			.param("createdAt", utc(now))
			.param("openKey", openKey(unitId, careType, patient))
			.update();
		for (ChatParticipant participant : participants) {
			addParticipant(chatId, participant, now);
		}
	}

	void addParticipant(String chatId, ChatParticipant participant, Instant now) {
		jdbc.sql("""
				insert into chat_participant (chat_id, role, personnummer, email, custodian, added_at)
				values (:chatId, :role, :personnummer, :email, :custodian, :addedAt)""")
			.param("chatId", chatId)
			.param("role", participant.role().name())
			.param("personnummer", participant.personnummer().value())
			.param("email", participant.isReachable() ? participant.email().value() : null)
			.param("custodian", participant.custodian())
			.param("addedAt", utc(now))
			.update();
	}

	Optional<String> findOpenChatId(String unitId, CareType careType, Personnummer patient) {
		return jdbc.sql("select id from chat_channel where open_key = :openKey")
			.param("openKey", openKey(unitId, careType, patient))
			.query(String.class)
			.optional();
	}

	void open(String chatId, String processInstanceId, Instant openedAt, Instant expiresAt) {
		int updated = jdbc.sql("""
				update chat_channel set status = :status, process_instance_id = :processInstanceId,
				    opened_at = :openedAt, expires_at = :expiresAt
				where id = :id and status = :enrolled""")
			.param("status", Status.OPEN.name())
			.param("processInstanceId", processInstanceId)
			.param("openedAt", utc(openedAt))
			.param("expiresAt", utc(expiresAt))
			.param("id", chatId)
			.param("enrolled", Status.ENROLLED.name())
			.update();
		requireOneRow(updated, chatId, "open");
	}

	void extend(String chatId, Instant expiresAt) {
		int updated = jdbc.sql("""
				update chat_channel set expires_at = :expiresAt, extensions = extensions + 1
				where id = :id and status = :open""")
			.param("expiresAt", utc(expiresAt))
			.param("id", chatId)
			.param("open", Status.OPEN.name())
			.update();
		requireOneRow(updated, chatId, "extend");
	}

	/** A new closing time that is not an extension (the MVC chat after delivery). */
	void reschedule(String chatId, Instant expiresAt) {
		int updated = jdbc.sql("update chat_channel set expires_at = :expiresAt where id = :id and status = :open")
			.param("expiresAt", utc(expiresAt))
			.param("id", chatId)
			.param("open", Status.OPEN.name())
			.update();
		requireOneRow(updated, chatId, "reschedule");
	}

	void close(String chatId, Instant closedAt, ClosedBy closedBy, String closedByUser, String reason) {
		int updated = jdbc.sql("""
				update chat_channel set status = :status, closed_at = :closedAt, closed_by = :closedBy,
				    closed_by_user = :closedByUser, close_reason = :reason, open_key = null
				where id = :id and status <> :closed""")
			.param("status", Status.CLOSED.name())
			.param("closedAt", utc(closedAt))
			.param("closedBy", closedBy.name())
			.param("closedByUser", closedByUser)
			.param("reason", reason)
			.param("id", chatId)
			.param("closed", Status.CLOSED.name())
			.update();
		requireOneRow(updated, chatId, "close");
	}

	Optional<ChatChannel> find(String chatId) {
		return jdbc.sql("select * from chat_channel where id = :id").param("id", chatId).query(this::channel).optional();
	}

	/** A unit's chats, newest first; {@code status} null for all. */
	List<ChatChannel> list(String unitId, Status status) {
		if (status == null) {
			return jdbc.sql("select * from chat_channel where unit_id = :unitId order by created_at desc")
				.param("unitId", unitId)
				.query(this::channel)
				.list();
		}
		return jdbc.sql("select * from chat_channel where unit_id = :unitId and status = :status order by created_at desc")
			.param("unitId", unitId)
			.param("status", status.name())
			.query(this::channel)
			.list();
	}

	List<ChatParticipant> participants(String chatId) {
		return jdbc.sql("select * from chat_participant where chat_id = :chatId order by added_at, role desc")
			.param("chatId", chatId)
			.query((rs, row) -> new ChatParticipant(ChatParticipant.Role.valueOf(rs.getString("role")),
					Personnummer.fromStorage(rs.getString("personnummer")),
					rs.getString("email") == null ? null : new EmailAddress(rs.getString("email")), rs.getBoolean("custodian")))
			.list();
	}

	private ChatChannel channel(ResultSet rs, int row) throws SQLException {
		String closedBy = rs.getString("closed_by");
		return new ChatChannel(rs.getString("id"), rs.getString("unit_id"), CareType.valueOf(rs.getString("care_type")),
				Personnummer.fromStorage(rs.getString("patient_personnummer")),
				rs.getString("contact_email"), rs.getObject("due_date", LocalDate.class),
				Status.valueOf(rs.getString("status")), rs.getString("process_instance_id"),
				instant(rs, "created_at"), instant(rs, "opened_at"), instant(rs, "expires_at"), instant(rs, "closed_at"),
				closedBy == null ? null : ClosedBy.valueOf(closedBy), rs.getString("closed_by_user"),
				rs.getString("close_reason"), rs.getInt("extensions"));
	}

	private static String openKey(String unitId, CareType careType, Personnummer patient) {
		return unitId + "|" + careType.name() + "|" + patient.value();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static void requireOneRow(int updated, String chatId, String action) {
		if (updated != 1) {
			throw new IllegalStateException("Cannot " + action + " chat " + chatId + ": no such chat in the right state");
		}
	}

}
