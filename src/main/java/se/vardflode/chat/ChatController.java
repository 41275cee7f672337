package se.vardflode.chat;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.vardflode.api.ApiProblem;
import se.vardflode.chat.ChatChannel.ClosedBy;
import se.vardflode.chat.ChatChannel.Status;
import se.vardflode.identity.CareUnits;
import se.vardflode.security.StaffAuthorities;

/**
 * The chat pathway's API for the units' staff. A staff member enrolls, reads and closes only their own units' chats.
 * Responses show the patient's personnummer masked: the full number stays in the patient record.
 */
@RestController
@RequestMapping("/api")
class ChatController {

	private final ChatEnrollments enrollments;
	private final ChatChannels chats;
	private final CareUnits careUnits;
	private final ParticipantRequests participantRequests;
	private final Deliveries deliveries;

	ChatController(ChatEnrollments enrollments, ChatChannels chats, CareUnits careUnits,
			ParticipantRequests participantRequests, Deliveries deliveries) {
		this.deliveries = deliveries;
		this.participantRequests = participantRequests;
		this.enrollments = enrollments;
		this.chats = chats;
		this.careUnits = careUnits;
	}

	@PostMapping("/enrollments")
	ResponseEntity<ChatEnrollments.Enrolled> enroll(@RequestBody EnrollmentRequest request, Authentication staff) {
		if (request.unitId() != null && careUnits.find(request.unitId()).isPresent()
				&& !StaffAuthorities.worksAt(staff, request.unitId())) {
			throw ApiProblem.forbiddenForUnit(request.unitId());
		}
		ChatEnrollments.Enrolled enrolled = enrollments.enroll(request);
		return ResponseEntity.created(URI.create("/api/chats/" + enrolled.chatId())).body(enrolled);
	}

	@GetMapping("/chats")
	List<ChatView> list(@RequestParam String unitId, @RequestParam Optional<String> status, Authentication staff) {
		if (!StaffAuthorities.worksAt(staff, unitId)) {
			throw ApiProblem.forbiddenForUnit(unitId);
		}
		Status wanted = status.map(ChatController::status).orElse(null);
		return chats.list(unitId, wanted).stream().map(this::view).toList();
	}

	@GetMapping("/chats/{chatId}")
	ChatDetails get(@PathVariable String chatId, Authentication staff) {
		ChatChannel chat = readable(chatId, staff);
		List<Map<String, String>> participants = chats.participants(chatId).stream()
			.map(p -> Map.of("role", p.role().name(), "personnummer", p.personnummer().masked()))
			.toList();
		return new ChatDetails(view(chat), participants);
	}

	/** Staff close a chat, on their own decision or because the patient asked them to. */
	@PostMapping("/chats/{chatId}/close")
	ResponseEntity<Void> close(@PathVariable String chatId, @RequestBody CloseRequest request, Authentication staff) {
		ChatChannel chat = readable(chatId, staff);
		Map<String, String> errors = new LinkedHashMap<>();
		ClosedBy closedBy = null;
		if (request.closedBy() == null || !List.of("STAFF", "PATIENT").contains(request.closedBy())) {
			errors.put("closedBy", "Ange vem som stänger chatten: STAFF eller PATIENT");
		}
		else {
			closedBy = ClosedBy.valueOf(request.closedBy());
		}
		if (request.reason() == null || request.reason().isBlank()) {
			errors.put("reason", "Ange varför chatten stängs");
		}
		else if (request.reason().length() > 500) {
			errors.put("reason", "Högst 500 tecken");
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalidInput(errors);
		}
		enrollments.close(chat, closedBy, staff.getName(), request.reason().strip());
		return ResponseEntity.noContent().build();
	}

	/** A second guardian or the partner asks to join; the one already in the chat consents on the patient page. */
	@PostMapping("/chats/{chatId}/participants")
	ResponseEntity<ParticipantRequests.Requested> requestParticipant(@PathVariable String chatId,
			@RequestBody ParticipantRequests.ParticipantRequest request, Authentication staff) {
		ChatChannel chat = readable(chatId, staff);
		return ResponseEntity.accepted().body(participantRequests.request(chat, request));
	}

	/** MVC: the baby is born; the child's BVC chat starts and the mother's MVC chat closes after the postnatal visit. */
	@PostMapping("/chats/{chatId}/delivery")
	ResponseEntity<Deliveries.HandedOver> registerDelivery(@PathVariable String chatId,
			@RequestBody Deliveries.DeliveryRequest request, Authentication staff) {
		ChatChannel chat = readable(chatId, staff);
		Deliveries.HandedOver handedOver = deliveries.registerDelivery(chat, request);
		return ResponseEntity.created(URI.create("/api/chats/" + handedOver.bvcChatId())).body(handedOver);
	}

	private ChatChannel readable(String chatId, Authentication staff) {
		ChatChannel chat = chats.find(chatId).orElseThrow(() -> ApiProblem.notFound("Chatten finns inte."));
		if (!StaffAuthorities.worksAt(staff, chat.unitId())) {
			throw ApiProblem.forbiddenForUnit(chat.unitId());
		}
		return chat;
	}

	private static Status status(String value) {
		return switch (value) {
			case "OPEN" -> Status.OPEN;
			case "CLOSED" -> Status.CLOSED;
			default -> throw ApiProblem.invalidInput(Map.of("status", "Ange OPEN eller CLOSED"));
		};
	}

	private ChatView view(ChatChannel chat) {
		return new ChatView(chat.id(), chat.unitId(), careUnits.get(chat.unitId()).name(), chat.careType().name(),
				chat.status().name(), chat.patient().masked(), chat.dueDate(), chat.openedAt(), chat.expiresAt(),
				chat.closedAt(), chat.closedBy() == null ? null : chat.closedBy().name(), chat.closeReason(),
				chat.extensions(), chat.processInstanceId());
	}

	record CloseRequest(String closedBy, String reason) {
	}

	record ChatView(String id, String unitId, String unitName, String careType, String status, String patient,
			LocalDate dueDate, Instant openedAt, Instant expiresAt, Instant closedAt, String closedBy,
			String closeReason, int extensions, String processInstanceId) {
	}

	record ChatDetails(@JsonUnwrapped ChatView chat, List<Map<String, String>> participants) {
	}

}
