package se.vardflode.chat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import se.vardflode.chat.EnrollmentRequest.Guardian;
import se.vardflode.identity.AgeRange;

/** Enrollments with test numbers computed for these tests (valid check digits), never real people's. */
final class ChatFixtures {

	static final String BVC_UNIT = "bvc-gavle";
	static final String MVC_UNIT = "mvc-gavle";
	static final String UM_UNIT = "um-gavle";
	/** Born 2026-05-12. */
	static final String CHILD = "20260512-2387";
	static final String MOTHER = "19900315-1231";
	static final String FATHER = "19950704-9873";
	static final String YOUTH = "20080808-0808";
	/** Born 2017-03-15: nine years old in the tests' November 2026, too young for a youth clinic. */
	static final String NINE_YEAR_OLD = "20170315-2387";
	static final String MOTHER_MAIL = "mamma@example.se";
	static final String FATHER_MAIL = "pappa@example.se";
	static final String YOUTH_MAIL = "ung@example.se";

	private ChatFixtures() {
	}

	static EnrollmentRequest aBvcEnrollment() {
		return new EnrollmentRequest("BVC", BVC_UNIT, CHILD, null, null,
				List.of(new Guardian(MOTHER, MOTHER_MAIL, true), new Guardian(FATHER, FATHER_MAIL, true)));
	}

	static EnrollmentRequest anMvcEnrollment(LocalDate dueDate) {
		return new EnrollmentRequest("MVC", MVC_UNIT, MOTHER, MOTHER_MAIL, dueDate, null);
	}

	static EnrollmentRequest anUmEnrollment() {
		return new EnrollmentRequest("UM", UM_UNIT, YOUTH, YOUTH_MAIL, null, null);
	}

	/** The settings of application.yaml, for the rules without the application. */
	static ChatSettings settings() {
		return new ChatSettings(Duration.ofDays(14), Period.ofDays(14), new AgeRange(13, 25));
	}

	/** Every digit sequence of the fixtures' numbers, to prove that mails carry none. */
	static List<String> personnummerDigits() {
		return List.of(CHILD, MOTHER, FATHER, YOUTH).stream()
			.flatMap(number -> List.of(number, number.replace("-", ""), number.substring(2), number.substring(2).replace("-", "")).stream())
			.toList();
	}

}
