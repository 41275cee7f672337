package se.vardflode.chat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import se.vardflode.api.ApiProblem;
import se.vardflode.identity.AgeRange;
import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;
import se.vardflode.kernel.CareTime;
import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.Personnummer;

/**
 * The chat pathway's rules for what staff send, beyond each field's own form (Bean Validation on the request
 * records): what a care type asks for (guardians at BVC, a due date at MVC), what the configured units offer, and
 * dates against today. Run with the field checks in one pass, so that one answer names every bad field; then
 * {@link #enrollment} turns the request into validated types and refuses, as a care rule, what is well-formed but
 * forbidden.
 */
@Component
class ChatRules implements Validator {

	static final String GUARDIAN_NOT_ALLOWED = "guardian-not-allowed-at-um";
	static final String OUTSIDE_AGE_RANGE = "outside-unit-age-range";
	/** A pregnancy lasts at most about 42 weeks, so a due date further ahead is a typing error. */
	private static final int MAX_WEEKS_TO_DUE_DATE = 44;

	private final CareUnits careUnits;
	private final ChatSettings settings;

	ChatRules(CareUnits careUnits, ChatSettings settings) {
		this.careUnits = careUnits;
		this.settings = settings;
	}

	@Override
	public boolean supports(Class<?> type) {
		return type == EnrollmentRequest.class || type == Deliveries.DeliveryRequest.class;
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (target instanceof EnrollmentRequest request) {
			validateEnrollment(request, errors);
		}
		else if (target instanceof Deliveries.DeliveryRequest request) {
			validateDelivery(request, errors);
		}
	}

	private void validateEnrollment(EnrollmentRequest request, Errors errors) {
		LocalDate today = CareTime.today();
		Optional<CareType> careType = Optional.ofNullable(request.careType()).flatMap(CareType::find);
		if (!errors.hasFieldErrors("careType") && careType.isEmpty()) {
			errors.rejectValue("careType", "chat.careType.unknown");
		}
		if (!errors.hasFieldErrors("unitId")) {
			Optional<CareUnit> unit = careUnits.find(request.unitId());
			if (unit.isEmpty()) {
				errors.rejectValue("unitId", "unit.unknown");
			}
			else if (careType.isPresent() && !unit.get().offers(careType.get().name())) {
				errors.rejectValue("unitId", "chat.unitId.careTypeNotOffered",
						new Object[] { unit.get().name(), careType.get().name() }, null);
			}
		}
		boolean bvc = careType.filter(type -> type == CareType.BVC).isPresent();
		if (!bvc && !errors.hasFieldErrors("email") && (request.email() == null || request.email().isBlank())) {
			errors.rejectValue("email", "email.missing");
		}
		if (careType.filter(type -> type == CareType.MVC).isPresent()) {
			if (request.dueDate() == null) {
				errors.rejectValue("dueDate", "chat.dueDate.missing");
			}
			else if (request.dueDate().isBefore(today)) {
				errors.rejectValue("dueDate", "chat.dueDate.passed");
			}
			else if (request.dueDate().isAfter(today.plusWeeks(MAX_WEEKS_TO_DUE_DATE))) {
				errors.rejectValue("dueDate", "chat.dueDate.tooFarAhead");
			}
		}
		else if (request.dueDate() != null && careType.isPresent()) {
			errors.rejectValue("dueDate", "chat.dueDate.notMvc");
		}
		careType.filter(type -> type != CareType.UM).ifPresent(type -> validateGuardians(request, type, errors));
	}

	/** BVC: the guardians, each once and none of them the child; MVC: none (a partner joins with consent). */
	private static void validateGuardians(EnrollmentRequest request, CareType careType, Errors errors) {
		if (careType == CareType.MVC) {
			if (!request.guardians().isEmpty()) {
				errors.rejectValue("guardians", "chat.guardians.notBvc");
			}
			return;
		}
		if (request.guardians().isEmpty()) {
			errors.rejectValue("guardians", "chat.guardians.missing");
			return;
		}
		// the child is reached through its custodians; a relative who is not one joins only with a custodian's consent
		if (request.guardians().stream().allMatch(guardian -> guardian != null && guardian.custodian() != null)
				&& request.guardians().stream().noneMatch(guardian -> guardian.custodian())) {
			errors.rejectValue("guardians", "chat.guardians.noCustodian");
		}
		Optional<Personnummer> child = parsed(request.personnummer(), errors.hasFieldErrors("personnummer"));
		List<Personnummer> seen = new ArrayList<>();
		for (int i = 0; i < request.guardians().size(); i++) {
			EnrollmentRequest.Guardian guardian = request.guardians().get(i);
			String field = "guardians[" + i + "].personnummer";
			if (guardian == null || errors.hasFieldErrors(field)) {
				continue;
			}
			Personnummer personnummer = Personnummer.parse(guardian.personnummer(), CareTime.today());
			if (child.filter(personnummer::equals).isPresent()) {
				errors.rejectValue(field, "chat.guardian.isTheChild");
			}
			else if (seen.contains(personnummer)) {
				errors.rejectValue(field, "chat.guardian.duplicate");
			}
			seen.add(personnummer);
		}
	}

	private void validateDelivery(Deliveries.DeliveryRequest request, Errors errors) {
		if (!errors.hasFieldErrors("birthDate")) {
			if (request.birthDate().isAfter(CareTime.today())) {
				errors.rejectValue("birthDate", "chat.birthDate.future");
			}
			else if (!errors.hasFieldErrors("childPersonnummer")
					&& !Personnummer.parse(request.childPersonnummer(), CareTime.today()).birthDate().equals(request.birthDate())) {
				errors.rejectValue("birthDate", "chat.birthDate.notTheChilds");
			}
		}
		Optional<CareUnit> bvc = Optional.ofNullable(request.bvcUnitId()).flatMap(careUnits::find);
		if (bvc.isEmpty()) {
			errors.rejectValue("bvcUnitId", "chat.bvcUnitId.unknown");
		}
		else if (!bvc.get().offers(CareType.BVC.name())) {
			errors.rejectValue("bvcUnitId", "chat.bvcUnitId.notBvc", new Object[] { bvc.get().name() }, null);
		}
	}

	/**
	 * A request that passed {@link #validate} in validated types.
	 *
	 * @throws ApiProblem 422 for a guardian at UM: the input is fine, but youth confidentiality forbids it
	 */
	Enrollment enrollment(EnrollmentRequest request) {
		CareType careType = CareType.find(request.careType()).orElseThrow();
		if (careType == CareType.UM && !request.guardians().isEmpty()) {
			// UM is for young people who may come without their parents' knowledge (sekretess mot vårdnadshavare)
			throw ApiProblem.ruleViolation(GUARDIAN_NOT_ALLOWED, "Vårdnadshavare kan inte läggas till",
					"Ungdomsmottagningens chatt är bara för den unga patienten. Vårdnadshavare kan inte läggas till, "
							+ "eftersom ungdomar har rätt att söka ungdomsmottagningen utan att föräldrarna får veta det.");
		}
		LocalDate today = CareTime.today();
		Personnummer patient = Personnummer.parse(request.personnummer(), today);
		CareUnit unit = careUnits.get(request.unitId());
		if (careType == CareType.UM) {
			checkUmAge(unit, patient, today);
		}
		List<ChatParticipant> named = careType != CareType.BVC ? List.of() : request.guardians().stream()
			.map(guardian -> ChatParticipant.guardian(Personnummer.parse(guardian.personnummer(), today),
					EmailAddress.of(guardian.email()), guardian.custodian()))
			.toList();
		return new Enrollment(careType, unit, patient, EmailAddress.ofOptional(request.email()).orElse(null),
				careType == CareType.MVC ? request.dueDate() : null,
				named.stream().filter(ChatParticipant::custodian).toList(),
				named.stream().filter(guardian -> !guardian.custodian()).toList(),
				PatientName.ofOptional(request.patientName()));
	}

	/**
	 * A youth clinic serves young people of the ages it is configured for ({@code vardflode.units[].age-range},
	 * {@link CareUnit#ageRange()}): a child or an adult outside it belongs to BVC, the school health service or the
	 * health centre, and is refused with the reason rather than given a chat the unit does not answer.
	 */
	private void checkUmAge(CareUnit unit, Personnummer patient, LocalDate today) {
		int age = patient.ageOn(today);
		AgeRange range = settings.youthClinicAges(unit);
		if (!range.contains(age)) {
			throw ApiProblem.ruleViolation(OUTSIDE_AGE_RANGE, "Patienten är utanför ungdomsmottagningens ålder",
					"%s tar emot unga mellan %d och %d år. Patienten är %d år och kan inte skrivas in i chatten här."
						.formatted(unit.name(), range.min(), range.max(), age));
		}
	}

	/** A delivery that passed {@link #validate}, in validated types. */
	Deliveries.Delivery delivery(Deliveries.DeliveryRequest request) {
		LocalDate today = CareTime.today();
		return new Deliveries.Delivery(Personnummer.parse(request.childPersonnummer(), today), request.birthDate(),
				careUnits.get(request.bvcUnitId()),
				request.custodians().stream().map(custodian -> Personnummer.parse(custodian, today)).toList());
	}

	private static Optional<Personnummer> parsed(String personnummer, boolean invalid) {
		return invalid ? Optional.empty() : Optional.of(Personnummer.parse(personnummer, CareTime.today()));
	}

}
