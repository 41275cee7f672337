package se.vardflode.triage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Triage contacts as the advice line registers them, with patients whose personnummer are valid. */
final class TriageFixtures {

	static final String ADVICE_LINE_NURSE = "radgivning.erik";
	static final String PASSWORD = "demo";
	static final String HEALTH_CENTRE = "vc-gavle";

	private TriageFixtures() {
	}

	/** A phone contact about low mood and sleep for a 36-year-old woman, no call-back promised. */
	static Map<String, Object> aPhoneContact() {
		Map<String, Object> contact = new HashMap<>();
		contact.put("personnummer", womanBorn(LocalDate.of(1990, 1, 1)));
		contact.put("healthCentreUnitId", HEALTH_CENTRE);
		contact.put("channel", "PHONE");
		contact.put("contactReason", "Nedstämd och sover dåligt sedan i somras");
		contact.put("patientEmail", "patient@example.se");
		return contact;
	}

	static Map<String, Object> aPhoneContactWithCallBackAt(String callBackAt) {
		Map<String, Object> contact = aPhoneContact();
		contact.put("callBackAt", callBackAt);
		return contact;
	}

	static String womanBorn(LocalDate birthDate) {
		return personnummer(birthDate, "238");
	}

	static String manBorn(LocalDate birthDate) {
		return personnummer(birthDate, "557");
	}

	/** The nurse's answers in the triage form. */
	static Map<String, Object> triage(String acuteSuicideRisk, String mainProblem, boolean phq9, boolean gad7, boolean audit,
			boolean dudit) {
		return Map.of("acuteSuicideRisk", acuteSuicideRisk, "assessment", "Bedömd i telefon", "mainProblem", mainProblem,
				"sendPhq9", phq9, "sendGad7", gad7, "sendAudit", audit, "sendDudit", dudit);
	}

	private static String personnummer(LocalDate birthDate, String serial) {
		String nine = "%02d%02d%02d%s".formatted(birthDate.getYear() % 100, birthDate.getMonthValue(), birthDate.getDayOfMonth(), serial);
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			int product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
			sum += product > 9 ? product - 9 : product;
		}
		return "%04d%02d%02d-%s%d".formatted(birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth(), serial,
				(10 - sum % 10) % 10);
	}

}
