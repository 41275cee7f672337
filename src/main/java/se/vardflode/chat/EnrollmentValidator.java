package se.vardflode.chat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import se.vardflode.api.ApiProblem;
import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;
import se.vardflode.patient.PatientName;
import se.vardflode.patient.Personnummer;

/**
 * The rules an enrollment must meet before a chat is opened. Collects every bad field into one 400 answer; a
 * guardian on a UM chat is a 422 of its own, because the input is fine but the care rule forbids it.
 */
final class EnrollmentValidator {

	static final String GUARDIAN_NOT_ALLOWED = "guardian-not-allowed-at-um";
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	/** A pregnancy lasts at most about 42 weeks, so a due date further ahead is a typing error. */
	private static final int MAX_WEEKS_TO_DUE_DATE = 44;

	private final CareUnits careUnits;

	EnrollmentValidator(CareUnits careUnits) {
		this.careUnits = careUnits;
	}

	Enrollment validate(EnrollmentRequest request, LocalDate today) {
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<CareType> careType = careType(request.careType(), errors);
		CareUnit unit = unit(request.unitId(), careType, errors);
		Personnummer patient = Personnummer.parse(request.personnummer(), today, "personnummer", errors);
		PatientName patientName = PatientName.parseOptional(request.patientName(), "patientName", errors);
		boolean emailRequired = careType.map(type -> type != CareType.BVC).orElse(true);
		String email = email("email", request.email(), emailRequired, errors);
		LocalDate dueDate = careType.filter(type -> type == CareType.MVC).isPresent()
				? dueDate(request.dueDate(), today, errors) : null;
		if (request.dueDate() != null && careType.isPresent() && careType.get() != CareType.MVC) {
			errors.put("dueDate", "Beräknat förlossningsdatum anges bara vid inskrivning på MVC");
		}
		List<ChatParticipant> guardians = careType.filter(type -> type != CareType.UM).isPresent()
				? guardians(request.guardians(), careType.get(), patient, today, errors) : List.of();
		if (!errors.isEmpty()) {
			throw ApiProblem.invalidInput(errors);
		}
		if (careType.get() == CareType.UM && !request.guardians().isEmpty()) {
			// UM is for young people who may come without their parents' knowledge (sekretess mot vårdnadshavare)
			throw ApiProblem.ruleViolation(GUARDIAN_NOT_ALLOWED, "Vårdnadshavare kan inte läggas till",
					"Ungdomsmottagningens chatt är bara för den unga patienten. Vårdnadshavare kan inte läggas till, "
							+ "eftersom ungdomar har rätt att söka ungdomsmottagningen utan att föräldrarna får veta det.");
		}
		return new Enrollment(careType.get(), unit, patient, email, dueDate, guardians, patientName);
	}

	private static Optional<CareType> careType(String value, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			errors.put("careType", "Vårdtyp saknas (MVC, BVC eller UM)");
			return Optional.empty();
		}
		Optional<CareType> careType = CareType.find(value);
		if (careType.isEmpty()) {
			errors.put("careType", "Okänd vårdtyp: ange MVC, BVC eller UM");
		}
		return careType;
	}

	private CareUnit unit(String unitId, Optional<CareType> careType, Map<String, String> errors) {
		if (unitId == null || unitId.isBlank()) {
			errors.put("unitId", "Enhet saknas");
			return null;
		}
		Optional<CareUnit> unit = careUnits.find(unitId);
		if (unit.isEmpty()) {
			errors.put("unitId", "Enheten finns inte");
			return null;
		}
		if (careType.isPresent() && !unit.get().offers(careType.get().name())) {
			errors.put("unitId", unit.get().name() + " erbjuder inte " + careType.get().name());
		}
		return unit.get();
	}


	private static String email(String field, String value, boolean required, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.put(field, "E-postadress saknas");
			}
			return null;
		}
		if (!EMAIL.matcher(value.strip()).matches()) {
			errors.put(field, "E-postadressen är inte giltig");
			return null;
		}
		return value.strip();
	}

	private static LocalDate dueDate(LocalDate dueDate, LocalDate today, Map<String, String> errors) {
		if (dueDate == null) {
			errors.put("dueDate", "Beräknat förlossningsdatum saknas");
		}
		else if (dueDate.isBefore(today)) {
			errors.put("dueDate", "Beräknat förlossningsdatum har redan passerat");
		}
		else if (dueDate.isAfter(today.plusWeeks(MAX_WEEKS_TO_DUE_DATE))) {
			errors.put("dueDate", "Beräknat förlossningsdatum ligger för långt fram");
		}
		return dueDate;
	}

	private static List<ChatParticipant> guardians(List<EnrollmentRequest.Guardian> requested, CareType careType,
			Personnummer patient, LocalDate today, Map<String, String> errors) {
		if (careType == CareType.MVC) {
			if (!requested.isEmpty()) {
				errors.put("guardians", "Vårdnadshavare anges bara vid inskrivning på BVC");
			}
			return List.of();
		}
		if (requested.isEmpty()) {
			errors.put("guardians", "Minst en vårdnadshavare behövs för en BVC-chatt");
			return List.of();
		}
		List<ChatParticipant> guardians = new ArrayList<>();
		for (int i = 0; i < requested.size(); i++) {
			EnrollmentRequest.Guardian guardian = requested.get(i);
			String prefix = "guardians[" + i + "].";
			if (guardian == null) {
				errors.put("guardians[" + i + "]", "Vårdnadshavare saknas");
				continue;
			}
			Personnummer personnummer = Personnummer.parse(guardian.personnummer(), today, prefix + "personnummer", errors);
			if (personnummer != null && personnummer.equals(patient)) {
				errors.put(prefix + "personnummer", "Vårdnadshavaren kan inte vara barnet självt");
			}
			else if (personnummer != null && guardians.stream().anyMatch(g -> g.personnummer().equals(personnummer))) {
				errors.put(prefix + "personnummer", "Samma vårdnadshavare finns redan med");
			}
			String email = email(prefix + "email", guardian.email(), true, errors);
			if (personnummer != null && email != null) {
				guardians.add(new ChatParticipant(ChatParticipant.Role.GUARDIAN, personnummer, email));
			}
		}
		return guardians;
	}

}
