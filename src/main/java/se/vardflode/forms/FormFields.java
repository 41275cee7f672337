package se.vardflode.forms;

import java.io.InputStream;
import java.util.Set;

/** The variable names a Camunda Form submits, for code that must show a form's current values and nothing else. */
public final class FormFields {

	private FormFields() {
	}

	public static Set<String> keysOf(InputStream formJson) {
		return Set.copyOf(FormSchema.parse(formJson).fields().keySet());
	}

}
