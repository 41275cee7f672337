package se.vardflode.chat;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of care whose enrollment opens a chat; the names are the ones units use in {@code care-types}. */
enum CareType {

	/** Mödravård: the pregnant patient, until the postnatal visit. */
	MVC("mödravården"),
	/** Barnavård: the child is the patient, the guardians take part in the chat. */
	BVC("barnavårdscentralen"),
	/** Ungdomsmottagning: the young patient alone (youth confidentiality, no guardians). */
	UM("ungdomsmottagningen");

	private final String swedishName;

	CareType(String swedishName) {
		this.swedishName = swedishName;
	}

	String swedishName() {
		return swedishName;
	}

	static Optional<CareType> find(String name) {
		return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
	}

}
