package se.vardflode.chat;

import static se.vardflode.kernel.ProcessVariable.date;
import static se.vardflode.kernel.ProcessVariable.string;

import java.util.Date;

import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.ProcessVariable;

/**
 * {@code processes/chat-enrollment.bpmn} ("Chatt vid inskrivning") as the code sees it: its key, its messages, the
 * activity ids that tests, migrations and the chat KPIs read, and its variables with their types. Running chats
 * (they live a year and more) and their history keep these names: rename nothing here without migrating them.
 * The chat's closing time is not a variable: it lives in {@code chat_channel.expires_at}, and the model's timers
 * read it through {@link ChatClosing}.
 */
public final class ChatProcess {

	public static final String KEY = "chat-enrollment";

	/** Staff (or the patient through staff) close the chat early: {@code POST /api/chats/{id}/close}. */
	static final String CLOSE_REQUESTED = "chatCloseRequested";
	/** MVC: the baby is born, {@code POST /api/chats/{id}/delivery}. */
	static final String DELIVERY_REGISTERED = "deliveryRegistered";

	// activity ids
	static final String DECIDE_CHAT_PERIOD = "decideChatPeriod";
	static final String OPEN_CHAT_CHANNEL = "openChatChannel";
	static final String SEND_WELCOME_MAIL = "sendWelcomeMail";
	static final String CHAT_OPEN = "chatOpen";
	static final String REMINDER_DUE = "reminderDue";
	static final String SEND_REMINDER_MAIL = "sendReminderMail";
	static final String EXTEND_OR_CLOSE_CHAT = "extendOrCloseChat";
	/** One completed "Förläng chatten" is one extension: the KPI "Förlängda" counts them. */
	public static final String EXTEND_CHAT = "extendChat";
	static final String CHAT_EXPIRES = "chatExpires";
	static final String DECIDE_PERIOD_AFTER_DELIVERY = "decidePeriodAfterDelivery";
	static final String CLOSE_AFTER_POSTNATAL_VISIT = "closeAfterPostnatalVisit";
	static final String CLOSE_CHAT_CHANNEL = "closeChatChannel";
	static final String SEND_CLOSING_NOTICE = "sendClosingNotice";
	static final String CHAT_CLOSED = "chatClosed";

	// started with
	static final ProcessVariable<String> CHAT_ID = string("chatId");
	/**
	 * The chat's patient (the child at BVC) as {@code patient:} and twelve digits: which patient's record the chat's
	 * processes are, for the PDL access log of staff reads.
	 */
	static final ProcessVariable<String> PATIENT_REFERENCE = string("patientReference");
	/** The patient's name as given at enrollment (at BVC the child's), when it was: the task header's name. */
	static final ProcessVariable<String> PATIENT_NAME = string(PatientName.VARIABLE);
	static final ProcessVariable<String> UNIT_ID = string("unitId");
	static final ProcessVariable<String> CARE_TYPE = string("careType");
	/** MVC: the expected due date as an ISO date string. */
	static final ProcessVariable<String> DUE_DATE = string("dueDate");

	/**
	 * What {@code chat-duration.dmn} decided, by the business-rule tasks "Bestäm hur länge chatten är öppen" and
	 * "Bestäm när chatten stängs efter förlossningen" ({@link ChatDuration}): where the period starts and how long it is.
	 * Transient: read by the next step in the same transaction, which writes the closing time to the channel. (Chats
	 * enrolled on versions before issue 22 have them stored.)
	 */
	static final ProcessVariable<String> CHAT_PERIOD_START = string("chatPeriodStart");
	static final ProcessVariable<String> CHAT_OPEN_PERIOD = string("chatOpenPeriod");

	// from the form chat-extension ("Förläng eller stäng chatten")
	/** {@value ExtensionDecision#EXTEND} or {@value ExtensionDecision#CLOSE}. */
	static final ProcessVariable<String> CHAT_DECISION = string("chatDecision");
	/** 3, 6 or 12, as the form's select sends it (text). */
	static final ProcessVariable<Object> EXTENSION_MONTHS = ProcessVariable.of("extensionMonths", Object.class);
	static final ProcessVariable<String> EXTENSION_REASON = string("extensionReason");

	// from the message chatCloseRequested, or set on expiry
	/** {@code STAFF}, {@code PATIENT} or {@code EXPIRED}. */
	static final ProcessVariable<String> CLOSED_BY = string("closedBy");
	static final ProcessVariable<String> CLOSED_BY_USER = string("closedByUser");
	static final ProcessVariable<String> CLOSE_REASON = string("closeReason");

	// from the message deliveryRegistered (MVC)
	/** The child's birth date as an ISO date string. */
	static final ProcessVariable<String> BIRTH_DATE = string("birthDate");
	static final ProcessVariable<String> BVC_CHAT_ID = string("bvcChatId");

	// input parameters of the mail tasks (sendChatMailDelegate)
	static final ProcessVariable<String> MAIL_TEMPLATE = string("mailTemplate");
	/** With {@link #MAIL_RECIPIENT}: the address of the one person to tell instead of everyone in the chat. */
	static final ProcessVariable<String> MAIL_TO = string("mailTo");
	/** The one person to tell (her patient reference or personnummer), whose inbox gets the message. */
	static final ProcessVariable<String> MAIL_RECIPIENT = string("recipient");

	/**
	 * Chats started on a model version before the closing time lived only in {@code chat_channel} read their timers
	 * from these two variables: {@link ChatClosing} keeps them in step for those chats until they are moved to the
	 * current version (README, "Moving running instances to a new version"). No current model reads them.
	 */
	static final ProcessVariable<Date> LEGACY_EXPIRES_AT = date("expiresAt");
	static final ProcessVariable<Date> LEGACY_REMINDER_AT = date("reminderAt");

	private ChatProcess() {
	}

}
