package se.vardflode.api;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/**
 * A refusal of an API request, answered as a problem detail by {@link ProblemDetailsHandler}. Thrown before any
 * work is started, or inside the transaction that would start it, so that a refused request leaves nothing behind.
 * Bad input in a request body is refused by Bean Validation and the pathway's rules class before the controller
 * runs; this is for what is found later (a query parameter, a care rule, a conflict).
 */
public class ApiProblem extends RuntimeException {

	static final String TYPE_BASE = "https://vardflode.se/problem/";

	private final HttpStatus status;
	private final String type;
	private final String title;
	private final Map<String, Object> properties;
	private final Map<String, MessageSourceResolvable> fieldErrors;

	private ApiProblem(HttpStatus status, String type, String title, String detail, Map<String, Object> properties,
			Map<String, MessageSourceResolvable> fieldErrors) {
		super(detail);
		this.status = status;
		this.type = type;
		this.title = title;
		this.properties = properties;
		this.fieldErrors = fieldErrors;
	}

	/** 400 naming each bad field (field name to Swedish message), in the order they were found. */
	public static ApiProblem invalidInput(Map<String, String> fieldErrors) {
		Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
		fieldErrors.forEach((field, message) -> errors.put(field, new DefaultMessageSourceResolvable(null, message)));
		return invalidFields(errors);
	}

	/** 400 naming one bad field, with a message from {@code ValidationMessages.properties}. */
	public static ApiProblem invalidInput(String field, String messageKey, Object... arguments) {
		return invalidFields(Map.of(field, new DefaultMessageSourceResolvable(new String[] { messageKey }, arguments)));
	}

	/**
	 * 400 for a request body that Bean Validation and the pathway's rules refused: one message per field (its first),
	 * the fields in the order the request record declares them, whatever order the checks found them in.
	 */
	public static ApiProblem invalidInput(BindingResult result) {
		List<String> declared = result.getTarget() != null && result.getTarget().getClass().isRecord()
				? Arrays.stream(result.getTarget().getClass().getRecordComponents()).map(RecordComponent::getName).toList() : List.of();
		Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
		result.getFieldErrors().stream()
			.sorted(Comparator.comparingInt(error -> position(declared, error.getField())))
			.forEach(error -> errors.putIfAbsent(error.getField(), error));
		return invalidFields(errors);
	}

	private static int position(List<String> declared, String field) {
		int index = declared.indexOf(field.split("[.\\[]", 2)[0]);
		return index < 0 ? declared.size() : index;
	}

	static ApiProblem invalidFields(Map<String, ? extends MessageSourceResolvable> fieldErrors) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-input", "Ogiltiga uppgifter",
				"Några uppgifter saknas eller är felaktiga: " + String.join(", ", fieldErrors.keySet()), Map.of(),
				new LinkedHashMap<>(fieldErrors));
	}

	/**
	 * 400 for a Camunda Form answer that the central form check or a task rule refused (the patient API): each field
	 * named as the form names it.
	 */
	public static ApiProblem invalidForm(Map<String, String> fieldMessages) {
		Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
		fieldMessages.forEach((field, message) -> errors.put(field, new DefaultMessageSourceResolvable(null, message)));
		return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-form", "Formuläret är inte rätt ifyllt",
				"Rätta de markerade fälten och skicka igen.", Map.of(), errors);
	}

	/** 422: the input is well-formed but a care rule forbids it. */
	public static ApiProblem ruleViolation(String type, String title, String detail) {
		return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, type, title, detail, Map.of(), Map.of());
	}

	/** 409: the request collides with existing work; properties point to it. */
	public static ApiProblem conflict(String type, String title, String detail, Map<String, Object> properties) {
		return new ApiProblem(HttpStatus.CONFLICT, type, title, detail, properties, Map.of());
	}

	public static ApiProblem notFound(String detail) {
		return notFound("not-found", "Finns inte", detail);
	}

	/** 404 with a type of its own, e.g. a patient's task that is not hers or no longer open. */
	public static ApiProblem notFound(String type, String title, String detail) {
		return new ApiProblem(HttpStatus.NOT_FOUND, type, title, detail, Map.of(), Map.of());
	}

	/** 403: the caller may not do this (e.g. act for that unit). */
	public static ApiProblem forbidden(String detail) {
		return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Ingen behörighet", detail, Map.of(), Map.of());
	}

	/** 403: the caller is signed in but not a member of the unit whose data this is. */
	public static ApiProblem forbiddenForUnit(String unitId) {
		return new ApiProblem(HttpStatus.FORBIDDEN, "not-your-unit", "Ingen behörighet",
				"Du arbetar inte på enheten " + unitId + " och kan inte se eller ändra dess uppgifter.", Map.of(), Map.of());
	}

	public HttpStatus status() {
		return status;
	}

	URI type() {
		return URI.create(TYPE_BASE + type);
	}

	String title() {
		return title;
	}

	/** Extra members of the problem detail, e.g. {@code existingChatId}; bad fields are {@link #fieldErrors()}. */
	public Map<String, Object> properties() {
		return properties;
	}

	/** For bad input: each bad field's message, to be resolved against {@code ValidationMessages.properties}. */
	Map<String, MessageSourceResolvable> fieldErrors() {
		return fieldErrors;
	}

}
