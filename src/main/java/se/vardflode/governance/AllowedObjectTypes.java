package se.vardflode.governance;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;

/**
 * The Java types an Object variable may have. Jackson creates an Object variable's value by calling its type's
 * constructor with the JSON, so the type decides what reading a variable does ({@code java.io.FileOutputStream} of a
 * path creates that file). Camunda's default allow-list admits all of {@code java.lang} ({@code ProcessBuilder}
 * included); this one is exact: the JSON list of unit ids that SIP stores ({@code java.util.ArrayList<java.lang.String>})
 * and the plain JSON value types; {@code java.lang.Object} because Spin names an empty list
 * {@code java.util.ArrayList<java.lang.Object>} (Jackson reads an Object as plain JSON values, never as another class).
 * Form submissions from Tasklist and the patient page arrive as Json or primitive variables and are not affected.
 */
class AllowedObjectTypes implements DeserializationTypeValidator {

	static final Set<String> CLASSES = Set.of("java.util.ArrayList", "java.util.LinkedHashMap", "java.lang.String", "java.lang.Boolean",
			"java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Object");

	@Override
	public boolean validate(String className) {
		return CLASSES.contains(className);
	}

	/**
	 * @param typeName a type as an Object variable names it, e.g. {@code java.util.ArrayList<java.lang.String>}
	 * @return the classes in it that are not allowed
	 */
	List<String> refusedIn(String typeName) {
		return Arrays.stream(typeName.split("[<>,\\s\\[\\]]+"))
			.filter(name -> !name.isEmpty())
			.filter(name -> !validate(name))
			.toList();
	}

}
