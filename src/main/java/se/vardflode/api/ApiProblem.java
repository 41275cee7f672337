package se.vardflode.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A refusal of an API request, answered as a problem detail by {@link ProblemDetailsHandler}. Thrown before any
 * work is started, or inside the transaction that would start it, so that a refused request leaves nothing behind.
 */
public class ApiProblem extends RuntimeException {

	static final String TYPE_BASE = "https://vardflode.se/problem/";

	private final HttpStatus status;
	private final String type;
	private final String title;
	private final Map<String, Object> properties;

	private ApiProblem(HttpStatus status, String type, String title, String detail, Map<String, Object> properties) {
		super(detail);
		this.status = status;
		this.type = type;
		this.title = title;
		this.properties = properties;
	}

	/** 400 naming each bad field (field name to Swedish message), in the order they were found. */
	public static ApiProblem invalidInput(Map<String, String> fieldErrors) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-input", "Ogiltiga uppgifter",
				"Några uppgifter saknas eller är felaktiga: " + String.join(", ", fieldErrors.keySet()),
				Map.of("errors", new LinkedHashMap<>(fieldErrors)));
	}

	/** 422: the input is well-formed but a care rule forbids it. */
	public static ApiProblem ruleViolation(String type, String title, String detail) {
		return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, type, title, detail, Map.of());
	}

	/** 409: the request collides with existing work; properties point to it. */
	public static ApiProblem conflict(String type, String title, String detail, Map<String, Object> properties) {
		return new ApiProblem(HttpStatus.CONFLICT, type, title, detail, properties);
	}

	public static ApiProblem notFound(String detail) {
		return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Finns inte", detail, Map.of());
	}

	/** 403: the caller may not do this (e.g. act for that unit). */
	public static ApiProblem forbidden(String detail) {
		return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Ingen behörighet", detail, Map.of());
	}

	/** 403: the caller is signed in but not a member of the unit whose data this is. */
	public static ApiProblem forbiddenForUnit(String unitId) {
		return new ApiProblem(HttpStatus.FORBIDDEN, "not-your-unit", "Ingen behörighet",
				"Du arbetar inte på enheten " + unitId + " och kan inte se eller ändra dess uppgifter.", Map.of());
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

	/** Extra members of the problem detail, e.g. {@code errors} or {@code existingChatId}. */
	public Map<String, Object> properties() {
		return properties;
	}

}
