package se.vardflode.patient;

import java.time.Instant;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.vardflode.api.ApiProblem;
import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;
import se.vardflode.patient.PatientInbox.Message;

/**
 * The inbox of the patient page: the logged-in person's messages (newest first, read or unread, from which unit,
 * when), and one message, which opening marks read. Someone else's message answers 404 exactly like one that does not
 * exist. Every read is in the access log.
 */
@RestController
@RequestMapping("/api/patient/messages")
class PatientMessageController {

	private final PatientMessages messages;
	private final CareUnits careUnits;

	PatientMessageController(PatientMessages messages, CareUnits careUnits) {
		this.messages = messages;
		this.careUnits = careUnits;
	}

	record MessageSummary(String id, String title, String unit, Instant sentAt, boolean read) {
	}

	record MessageList(int unread, List<MessageSummary> messages) {
	}

	record MessageText(String id, String title, String unit, Instant sentAt, String body) {
	}

	@GetMapping
	MessageList inbox(@AuthenticationPrincipal(expression = "patient()") PatientPrincipal patient) {
		List<MessageSummary> summaries = messages.list(patient).stream()
			.map(message -> new MessageSummary(message.id(), message.title(), unitName(message), message.sentAt(), message.readAt() != null))
			.toList();
		return new MessageList((int) summaries.stream().filter(summary -> !summary.read()).count(), summaries);
	}

	@GetMapping("/{messageId}")
	MessageText message(@AuthenticationPrincipal(expression = "patient()") PatientPrincipal patient, @PathVariable String messageId) {
		Message message = messages.open(patient, messageId).orElseThrow(PatientMessageController::noSuchMessage);
		return new MessageText(message.id(), message.title(), unitName(message), message.sentAt(), message.body());
	}

	private String unitName(Message message) {
		return careUnits.find(message.unitId()).map(CareUnit::name).orElse("Din vårdenhet");
	}

	private static ApiProblem noSuchMessage() {
		return ApiProblem.notFound("patient-message-not-found", "Meddelandet hittades inte", "Meddelandet finns inte.");
	}

}
