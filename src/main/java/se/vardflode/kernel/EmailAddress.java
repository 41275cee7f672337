package se.vardflode.kernel;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address where a patient, a guardian or an external participant is reached: something, an {@code @}, a
 * domain with a dot, no spaces. Checked once where it enters ({@link se.vardflode.kernel.constraints.Email}); the mail
 * server is the judge of the rest. {@link #toString()} hides the local part, because an address is personal data and
 * must not end up in a log line.
 */
public record EmailAddress(String value) {

	private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	public EmailAddress {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("Not an e-mail address");
		}
	}

	/** Whether the text (spaces around it aside) is an e-mail address. */
	public static boolean isValid(String text) {
		return text != null && SHAPE.matcher(text.strip()).matches();
	}

	/** The address as typed, without spaces around it; call only on input that passed {@link #isValid}. */
	public static EmailAddress of(String text) {
		return new EmailAddress(text.strip());
	}

	/** An optional address: empty for null or blank text. */
	public static Optional<EmailAddress> ofOptional(String text) {
		return text == null || text.isBlank() ? Optional.empty() : Optional.of(of(text));
	}

	@Override
	public String toString() {
		return "***" + value.substring(value.indexOf('@'));
	}

}
