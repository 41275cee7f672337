package se.vardflode.chat;

import java.time.Instant;
import java.time.LocalDate;

import se.vardflode.kernel.Personnummer;

/** One row of chat_channel: the chat as the unit and the patient know it. */
record ChatChannel(String id, String unitId, CareType careType, Personnummer patient, String contactEmail,
		LocalDate dueDate, Status status, String processInstanceId, Instant createdAt, Instant openedAt,
		Instant expiresAt, Instant closedAt, ClosedBy closedBy, String closedByUser, String closeReason,
		int extensions) {

	enum Status {
		/** Registered in the enrollment transaction, before the process has opened it (never seen outside it). */
		ENROLLED,
		OPEN,
		CLOSED
	}

	enum ClosedBy {
		STAFF, PATIENT, EXPIRED
	}

	boolean isClosed() {
		return status == Status.CLOSED;
	}

}
