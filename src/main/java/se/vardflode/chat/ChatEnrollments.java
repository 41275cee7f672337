package se.vardflode.chat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.vardflode.api.ApiProblem;
import se.vardflode.chat.ChatChannel.ClosedBy;
import se.vardflode.kernel.CareTime;
import se.vardflode.kernel.PatientAssignee;
import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.ProcessVariable;

/**
 * Enrolls patients into chats and closes chats on request. Each method is one transaction with the engine: a refused
 * or failing request leaves neither a channel row nor a process instance behind.
 */
@Service
class ChatEnrollments {

	static final String DUPLICATE_CHAT = "chat-already-open";
	static final String CHAT_CLOSED = "chat-closed";

	private static final Logger log = LoggerFactory.getLogger(ChatEnrollments.class);

	private final ChatChannels chats;
	private final RuntimeService runtimeService;
	private final TransactionTemplate inTransaction;
	private final ParticipantRequests participantRequests;

	ChatEnrollments(ChatChannels chats, RuntimeService runtimeService, PlatformTransactionManager transactionManager,
			ParticipantRequests participantRequests) {
		this.chats = chats;
		this.runtimeService = runtimeService;
		this.participantRequests = participantRequests;
		this.inTransaction = new TransactionTemplate(transactionManager);
	}

	record Enrolled(String chatId, String processInstanceId) {
	}

	/**
	 * Registers the chat and starts its process, in one transaction (the caller's, if it has one: a delivery enrolls
	 * the child at BVC in its own). A patient who already has an open chat of the care type at the unit gets a 409
	 * that names it, also when another request enrolled her a moment ago.
	 */
	Enrolled enroll(Enrollment enrollment) {
		boolean joined = TransactionSynchronizationManager.isActualTransactionActive();
		try {
			return inTransaction.execute(status -> enrollNow(enrollment));
		}
		catch (DuplicateKeyException ex) {
			// Another request enrolled the same patient a moment ago (PostgreSQL waited for it to commit): its chat is
			// the one. Asked after this transaction has rolled back, since PostgreSQL refuses every further statement
			// of a transaction after a unique violation (25P02); in a caller's transaction it cannot be asked at all.
			if (joined) {
				throw duplicate(null);
			}
			throw duplicate(chats.findOpenChatId(enrollment.unit().id(), enrollment.careType(), enrollment.patient())
				.orElseThrow(() -> ex));
		}
	}

	private Enrolled enrollNow(Enrollment enrollment) {
		Instant now = CareTime.now();
		String unitId = enrollment.unit().id();
		chats.findOpenChatId(unitId, enrollment.careType(), enrollment.patient()).ifPresent(existing -> {
			throw duplicate(existing);
		});
		String chatId = UUID.randomUUID().toString();
		chats.register(chatId, unitId, enrollment.careType(), enrollment.patient(), enrollment.email(),
				enrollment.dueDate(), enrollment.participants(), now);
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(ChatProcess.KEY, chatId, ProcessVariable
			.with(ChatProcess.CHAT_ID, chatId)
			.with(ChatProcess.PATIENT_REFERENCE, PatientAssignee.of(enrollment.patient()))
			.with(ChatProcess.UNIT_ID, unitId)
			.with(ChatProcess.CARE_TYPE, enrollment.careType().name())
			.withOptional(ChatProcess.DUE_DATE, Optional.ofNullable(enrollment.dueDate()).map(Object::toString))
			.withOptional(ChatProcess.PATIENT_NAME, enrollment.patientName().map(PatientName::value))
			.asMap());
		log.info("Chat {} enrolled at {} ({}), process instance {}", chatId, unitId, enrollment.careType(), instance.getId());
		if (!enrollment.proposed().isEmpty()) {
			// someone named who is not the child's custodian is in the chat only if a custodian lets him or her in
			ChatChannel chat = chats.find(chatId).orElseThrow();
			enrollment.proposed().forEach(other -> participantRequests.request(chat, other.personnummer(), other.email(), false));
		}
		return new Enrolled(chatId, instance.getId());
	}

	/** Closes an open chat early, for the patient or by the unit's decision. */
	@Transactional
	void close(ChatChannel chat, ClosedBy closedBy, String userId, String reason) {
		if (chat.isClosed()) {
			throw closed(chat);
		}
		try {
			runtimeService.createMessageCorrelation(ChatProcess.CLOSE_REQUESTED)
				.processInstanceBusinessKey(chat.id())
				.setVariables(ProcessVariable.with(ChatProcess.CLOSED_BY, closedBy.name())
					.with(ChatProcess.CLOSED_BY_USER, userId)
					.with(ChatProcess.CLOSE_REASON, reason)
					.asMap())
				.correlate();
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw closed(chat);
		}
		log.info("Chat {} closed early by {} ({})", chat.id(), userId, closedBy);
	}

	/** @param existingChatId the open chat, or {@code null} when it cannot be named */
	private static ApiProblem duplicate(String existingChatId) {
		return ApiProblem.conflict(DUPLICATE_CHAT, "Chatten finns redan",
				"Patienten har redan en öppen chatt på den här enheten för samma vårdtyp. Använd den i stället.",
				existingChatId == null ? Map.of() : Map.of("existingChatId", existingChatId));
	}

	static ApiProblem closed(ChatChannel chat) {
		return ApiProblem.conflict(CHAT_CLOSED, "Chatten är stängd", "Chatten är redan stängd.", Map.of("chatId", chat.id()));
	}

}
