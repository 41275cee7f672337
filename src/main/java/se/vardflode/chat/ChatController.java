package se.vardflode.chat;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
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
import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.Personnummer;
import se.vardflode.kernel.CareTime;
import se.vardflode.security.StaffAuthorities;

/**
 * The chat pathway's API for the units' staff. A staff member enrolls, reads and closes only their own units' chats.
 * Responses show the patient's personnummer masked: the full number stays in the patient record. Bodies are checked
 * by Bean Validation on their records and by {@link ChatRules}, together: one 400 names every bad field.
 */
@RestController
@RequestMapping("/api")
class ChatController {

	private final ChatEnrollments enrollments;
	private final ChatChannels chats;
	private final CareUnits careUnits;
	private final ParticipantRequests participantRequests;
	private final Deliveries deliveries;
	private final ChatRules rules;

	ChatController(ChatEnrollments enrollments, ChatChannels chats, CareUnits careUnits,
			ParticipantRequests participantRequests, Deliveries deliveries, ChatRules rules) {
		this.enrollments = enrollments;
		this.chats = chats;
		this.careUnits = careUnits;
		this.participantRequests = participantRequests;
		this.deliveries = deliveries;
		this.rules = rules;
	}

	@InitBinder({ "enrollmentRequest", "deliveryRequest" })
	void checkWithTheRules(WebDataBinder binder) {
		binder.initDirectFieldAccess();
		binder.addValidators(rules);
	}

	@PostMapping("/enrollments")
	ResponseEntity<ChatEnrollments.Enrolled> enroll(@Valid @RequestBody EnrollmentRequest request, Authentication staff) {
		if (!StaffAuthorities.worksAt(staff, request.unitId())) {
			throw ApiProblem.forbiddenForUnit(request.unitId());
		}
		ChatEnrollments.Enrolled enrolled = enrollments.enroll(rules.enrollment(request));
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
		List<Map<String, Object>> participants = chats.participants(chatId).stream()
			.map(p -> Map.<String, Object>of("role", p.role().name(), "personnummer", p.personnummer().masked(), "custodian", p.custodian()))
			.toList();
		return new ChatDetails(view(chat), participants);
	}

	/** Staff close a chat, on their own decision or because the patient asked them to. */
	@PostMapping("/chats/{chatId}/close")
	ResponseEntity<Void> close(@PathVariable String chatId, @Valid @RequestBody CloseRequest request, Authentication staff) {
		ChatChannel chat = readable(chatId, staff);
		enrollments.close(chat, ClosedBy.valueOf(request.closedBy()), staff.getName(), request.reason().strip());
		return ResponseEntity.noContent().build();
	}

	/**
	 * Someone asks to join: a custodian of a BVC child on the unit's word (she or he accepts in her or his own login),
	 * anyone else with the consent of a custodian in the chat (at MVC: the patient's), given on the patient page.
	 */
	@PostMapping("/chats/{chatId}/participants")
	ResponseEntity<ParticipantRequests.Requested> requestParticipant(@PathVariable String chatId,
			@Valid @RequestBody ParticipantRequest request, Authentication staff) {
		ChatChannel chat = readable(chatId, staff);
		return ResponseEntity.accepted().body(participantRequests.request(chat,
				Personnummer.parse(request.personnummer(), CareTime.today()), EmailAddress.of(request.email()), request.custodian()));
	}

	/** MVC: the baby is born; the child's BVC chat starts and the mother's MVC chat closes after the postnatal visit. */
	@PostMapping("/chats/{chatId}/delivery")
	ResponseEntity<Deliveries.HandedOver> registerDelivery(@PathVariable String chatId,
			@Valid @RequestBody Deliveries.DeliveryRequest request, Authentication staff) {
		ChatChannel chat = readable(chatId, staff);
		Deliveries.HandedOver handedOver = deliveries.registerDelivery(chat, rules.delivery(request));
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
			default -> throw ApiProblem.invalidInput("status", "chat.status.invalid");
		};
	}

	private ChatView view(ChatChannel chat) {
		return new ChatView(chat.id(), chat.unitId(), careUnits.get(chat.unitId()).name(), chat.careType().name(),
				chat.status().name(), chat.patient().masked(), chat.dueDate(), chat.openedAt(), chat.expiresAt(),
				chat.closedAt(), chat.closedBy() == null ? null : chat.closedBy().name(), chat.closeReason(),
				chat.extensions(), chat.processInstanceId());
	}

	/**
	 * @param closedBy {@code STAFF} (the unit's decision) or {@code PATIENT} (the patient asked)
	 * @param reason why, for the record
	 */
	record CloseRequest(@NotNull(message = "{chat.closedBy.invalid}") @Pattern(regexp = "STAFF|PATIENT", message = "{chat.closedBy.invalid}") String closedBy,
			@NotBlank(message = "{chat.closeReason.missing}") @Size(max = 500, message = "{chat.closeReason.tooLong}") String reason) {
	}

	/**
	 * Someone who asks to join.
	 *
	 * @param custodian {@code true} when the unit states that the person is the BVC child's custodian
	 */
	record ParticipantRequest(@se.vardflode.kernel.constraints.Personnummer String personnummer,
			@NotBlank(message = "{email.missing}") @se.vardflode.kernel.constraints.Email String email,
			@NotNull(message = "{chat.participant.custodian.missing}") Boolean custodian) {
	}

	record ChatView(String id, String unitId, String unitName, String careType, String status, String patient,
			LocalDate dueDate, Instant openedAt, Instant expiresAt, Instant closedAt, String closedBy,
			String closeReason, int extensions, String processInstanceId) {
	}

	record ChatDetails(@JsonUnwrapped ChatView chat, List<Map<String, Object>> participants) {
	}

}
