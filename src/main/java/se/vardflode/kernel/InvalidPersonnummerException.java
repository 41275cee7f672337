package se.vardflode.kernel;

/** A personnummer that cannot be a real one; the message is Swedish and never contains the number. */
public class InvalidPersonnummerException extends IllegalArgumentException {

	public InvalidPersonnummerException(String message) {
		super(message);
	}

}
