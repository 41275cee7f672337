package se.vardflode.chat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.vardflode.api.ApiProblem;
import se.vardflode.chat.ChatChannel.ClosedBy;
import se.vardflode.identity.CareUnits;
import se.vardflode.patient.CasePatients;
import se.vardflode.patient.PatientAssignee;

/**
 * Enrolls patients into chats and closes chats on request. Each method is one transaction with the engine: a refused
 * or failing request leaves neither a channel row nor a process instance behind.
 */
@Service
class ChatEnrollments {

	static final String PROCESS_KEY = "chat-enrollment";
	static final String CLOSE_MESSAGE = "chatCloseRequested";
	static final String DUPLICATE_CHAT = "chat-already-open";
	static final String CHAT_CLOSED = "chat-closed";

	private static final Logger log = LoggerFactory.getLogger(ChatEnrollments.class);

	private final ChatChannels chats;
	private final RuntimeService runtimeService;
	private final EnrollmentValidator validator;
	private final TransactionTemplate insertUnderSavepoint;

	ChatEnrollments(ChatChannels chats, RuntimeService runtimeService, CareUnits careUnits,
			PlatformTransactionManager transactionManager) {
		this.chats = chats;
		this.runtimeService = runtimeService;
		this.validator = new EnrollmentValidator(careUnits);
		this.insertUnderSavepoint = new TransactionTemplate(transactionManager);
		this.insertUnderSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	record Enrolled(String chatId, String processInstanceId) {
	}

	@Transactional
	Enrolled enroll(EnrollmentRequest request) {
		Instant now = ClockUtil.getCurrentTime().toInstant();
		Enrollment enrollment = validator.validate(request, LocalDate.ofInstant(now, ChatPeriod.SWEDEN));
		String unitId = enrollment.unit().id();
		chats.findOpenChatId(unitId, enrollment.careType(), enrollment.patient()).ifPresent(existing -> {
			throw duplicate(existing);
		});
		String chatId = UUID.randomUUID().toString();
		try {
			// Under a savepoint: PostgreSQL refuses every further statement of a transaction after a unique violation
			// (25P02), unless it is rolled back to before the insert. (A transaction of its own for the look-up below
			// would need a second connection per racing request, and racing requests can hold the whole pool.)
			insertUnderSavepoint.executeWithoutResult(status -> chats.register(chatId, unitId, enrollment.careType(),
					enrollment.patient(), enrollment.email(), enrollment.dueDate(), enrollment.participants(), now));
		}
		catch (DuplicateKeyException ex) {
			// another request enrolled the same patient a moment ago: its chat is the one
			throw duplicate(chats.findOpenChatId(unitId, enrollment.careType(), enrollment.patient()).orElseThrow(() -> ex));
		}
		VariableMap variables = Variables.createVariables()
			.putValue(ChatVariables.CHAT_ID, chatId)
			.putValue(ChatVariables.PATIENT_REFERENCE, PatientAssignee.of(enrollment.patient()))
			.putValue(ChatVariables.UNIT_ID, unitId)
			.putValue(ChatVariables.CARE_TYPE, enrollment.careType().name());
		if (enrollment.dueDate() != null) {
			variables.putValue(ChatVariables.DUE_DATE, enrollment.dueDate().toString());
		}
		if (enrollment.patientName() != null) {
			variables.putValue(CasePatients.PATIENT_NAME, enrollment.patientName().value());
		}
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, chatId, variables);
		log.info("Chat {} enrolled at {} ({}), process instance {}", chatId, unitId, enrollment.careType(), instance.getId());
		return new Enrolled(chatId, instance.getId());
	}

	/** Closes an open chat early, for the patient or by the unit's decision. */
	@Transactional
	void close(ChatChannel chat, ClosedBy closedBy, String userId, String reason) {
		if (chat.isClosed()) {
			throw closed(chat);
		}
		try {
			runtimeService.createMessageCorrelation(CLOSE_MESSAGE)
				.processInstanceBusinessKey(chat.id())
				.setVariable(ChatVariables.CLOSED_BY, closedBy.name())
				.setVariable(ChatVariables.CLOSED_BY_USER, userId)
				.setVariable(ChatVariables.CLOSE_REASON, reason)
				.correlate();
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw closed(chat);
		}
		log.info("Chat {} closed early by {} ({})", chat.id(), userId, closedBy);
	}

	private static ApiProblem duplicate(String existingChatId) {
		return ApiProblem.conflict(DUPLICATE_CHAT, "Chatten finns redan",
				"Patienten har redan en öppen chatt på den här enheten för samma vårdtyp. Använd den i stället.",
				Map.of("existingChatId", existingChatId));
	}

	private static ApiProblem closed(ChatChannel chat) {
		return ApiProblem.conflict(CHAT_CLOSED, "Chatten är stängd", "Chatten är redan stängd.", Map.of("chatId", chat.id()));
	}

}
