package se.vardflode.referral;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ICD-10-SE code such as F32.1, and the group of mental disorders the routing table decides on. The groups follow
 * the chapter F blocks: F20–F29 psychoses, F30–F31 bipolar (F30 mania with it), F32–F39 depression, F40–F48 anxiety
 * and stress, F60–F69 personality, F80–F98 neurodevelopmental, F10–F19 substance use.
 */
record DiagnosisCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("([A-Z])(\\d{2})(\\.\\d{1,2}[A-Z]?)?");

	enum Group {
		DEPRESSION, ANXIETY, BIPOLAR, PSYCHOSIS, PERSONALITY, NEUROPSYCHIATRIC, SUBSTANCE, OTHER
	}

	static boolean isValid(String text) {
		return text != null && FORMAT.matcher(text.strip()).matches();
	}

	static DiagnosisCode parse(String text) {
		if (text == null || !FORMAT.matcher(text.strip()).matches()) {
			throw new IllegalArgumentException("Diagnoskoden ska skrivas enligt ICD-10-SE, till exempel F32.1");
		}
		return new DiagnosisCode(text.strip());
	}

	Group group() {
		Matcher m = FORMAT.matcher(value);
		m.matches();
		if (!m.group(1).equals("F")) {
			return Group.OTHER;
		}
		int block = Integer.parseInt(m.group(2));
		if (block >= 10 && block <= 19) {
			return Group.SUBSTANCE;
		}
		if (block >= 20 && block <= 29) {
			return Group.PSYCHOSIS;
		}
		if (block == 30 || block == 31) {
			return Group.BIPOLAR;
		}
		if (block >= 32 && block <= 39) {
			return Group.DEPRESSION;
		}
		if (block >= 40 && block <= 48) {
			return Group.ANXIETY;
		}
		if (block >= 60 && block <= 69) {
			return Group.PERSONALITY;
		}
		if (block >= 80 && block <= 98) {
			return Group.NEUROPSYCHIATRIC;
		}
		return Group.OTHER;
	}

}
