package se.vardflode.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The problems pathways answer with; throw what these return from a controller or service. */
public final class Problems {

	static final String TYPE_BASE = "https://vardflode.se/problems/";

	private Problems() {
	}

	/** 400: the request names these fields wrongly (field name → Swedish reason). */
	public static ErrorResponseException invalidInput(Map<String, String> fieldErrors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Uppgifterna i begäran är inte giltiga.");
		problem.setProperty("errors", fieldErrors(fieldErrors));
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	/** 404: nothing of that kind with that id, or nothing the caller may see. */
	public static ErrorResponseException notFound(String detail) {
		return new ErrorResponseException(HttpStatus.NOT_FOUND, problem(HttpStatus.NOT_FOUND, "not-found", detail), null);
	}

	/** 409: the request conflicts with what exists; {@code properties} name it (e.g. the existing id). */
	public static ErrorResponseException conflict(String type, String detail, Map<String, Object> properties) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, type, detail);
		properties.forEach(problem::setProperty);
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

	/** 422: well-formed, but a rule of the care pathway forbids it. */
	public static ErrorResponseException unprocessable(String type, String detail) {
		return new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY, problem(HttpStatus.UNPROCESSABLE_ENTITY, type, detail), null);
	}

	/** 403: the caller may not act for that unit. */
	public static ErrorResponseException forbidden(String detail) {
		return new ErrorResponseException(HttpStatus.FORBIDDEN, problem(HttpStatus.FORBIDDEN, "forbidden", detail), null);
	}

	static ProblemDetail problem(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		return problem;
	}

	static List<Map<String, String>> fieldErrors(Map<String, String> fieldErrors) {
		return fieldErrors.entrySet().stream().map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList();
	}

}
