package se.vardflode.kernel;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A patient's name as staff see it on a task ("Tolvan Tolvansson"): letters (any alphabet, with their accents), and
 * between them single spaces, hyphens and apostrophes. Checked where a name enters, at the pathways' entry points
 * ({@link se.vardflode.kernel.constraints.PatientName}) and in whatever patient directory a region plugs in, so a name
 * is never a place for markup or a script.
 */
public final class PatientName {

	/** The process variable the entry points set from the request's {@code patientName}, when one was given. */
	public static final String VARIABLE = "patientName";
	public static final int MAX_LENGTH = 100;
	private static final Pattern LETTERS_AND_SEPARATORS = Pattern.compile("[\\p{L}\\p{M}]+([ '’-][\\p{L}\\p{M}]+)*");

	private final String value;

	private PatientName(String value) {
		this.value = value;
	}

	/**
	 * @throws IllegalArgumentException with a Swedish message saying what is wrong
	 */
	public static PatientName parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("Patientens namn saknas");
		}
		String name = text.strip().replaceAll("\\s+", " ");
		if (name.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("Patientens namn får vara högst " + MAX_LENGTH + " tecken");
		}
		if (!LETTERS_AND_SEPARATORS.matcher(name).matches()) {
			throw new IllegalArgumentException("Patientens namn får bara innehålla bokstäver, mellanslag, bindestreck och apostrof");
		}
		return new PatientName(name);
	}

	/** An optional name that passed the entry point's check: empty for null or blank text. */
	public static Optional<PatientName> ofOptional(String text) {
		return text == null || text.isBlank() ? Optional.empty() : Optional.of(parse(text));
	}

	public String value() {
		return value;
	}

	@Override
	public String toString() {
		return value;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PatientName that && value.equals(that.value);
	}

	@Override
	public int hashCode() {
		return Objects.hash(value);
	}

}
