package se.vardflode.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where API errors become RFC 9457 problem details, for every controller of the project (the patient
 * API's too). Bad input — Bean Validation on a request record and the pathway's rules class, run together — is one
 * 400 {@code invalid-input} whose {@code errors} names each field with its Swedish message from
 * {@code ValidationMessages.properties}. Spring MVC's own errors (unreadable JSON, wrong method, missing parameter)
 * keep their status but get a Swedish detail; unreadable JSON names the field it broke on.
 */
@RestControllerAdvice(basePackages = "se.vardflode")
class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);
	/** Staff and patients read Swedish, whatever their browser asks for. */
	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final MessageSource messages;

	ProblemDetailsHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> handle(ApiProblem problem) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
		body.setType(problem.type());
		body.setTitle(problem.title());
		problem.properties().forEach(body::setProperty);
		if (!problem.fieldErrors().isEmpty()) {
			Map<String, String> errors = new LinkedHashMap<>();
			problem.fieldErrors().forEach((field, message) -> errors.put(field, messages.getMessage(message, SWEDISH)));
			body.setProperty("errors", errors);
		}
		return ResponseEntity.status(problem.status()).body(body);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> handle(AccessDeniedException ex) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Du har inte behörighet till detta.");
		body.setType(URI.create(ApiProblem.TYPE_BASE + "forbidden"));
		body.setTitle("Ingen behörighet");
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body);
	}

	/**
	 * Anything unforeseen: logged with its cause for operations, answered without internals for the caller. The
	 * database being away is not unforeseen: 503, see {@link DatabaseUnavailable}.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex, HttpServletRequest request) {
		if (DatabaseUnavailable.causedBy(ex)) {
			log.warn("Database unavailable: answered {} {} with 503 ({})", request.getMethod(), request.getRequestURI(),
					DatabaseUnavailable.reason(ex));
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER)
				.body(DatabaseUnavailable.problem(request.getRequestURI()));
		}
		log.error("Unexpected error in the API", ex);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Något gick fel. Försök igen om en stund eller kontakta support.");
		body.setType(URI.create(ApiProblem.TYPE_BASE + "internal-error"));
		body.setTitle("Internt fel");
		return ResponseEntity.internalServerError().body(body);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return asProblem(ApiProblem.invalidInput(fieldPath(mismatch), "request.value.wrongFormat"));
		}
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Begäran är inte giltig JSON.");
		body.setType(URI.create(ApiProblem.TYPE_BASE + "unreadable-request"));
		body.setTitle("Oläslig begäran");
		return ResponseEntity.badRequest().body(body);
	}

	/** A form post or anything else than JSON to an entry point that reads JSON. */
	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"Skicka uppgifterna som JSON (Content-Type: application/json).");
		body.setType(URI.create(ApiProblem.TYPE_BASE + "unsupported-media-type"));
		body.setTitle("Fel format på begäran");
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(body);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return asProblem(ApiProblem.invalidInput(ex.getBindingResult()));
	}

	private ResponseEntity<Object> asProblem(ApiProblem problem) {
		return ResponseEntity.status(problem.status()).body(handle(problem).getBody());
	}

	private static String fieldPath(MismatchedInputException mismatch) {
		StringBuilder path = new StringBuilder();
		for (var reference : mismatch.getPath()) {
			if (reference.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
			}
			else {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
