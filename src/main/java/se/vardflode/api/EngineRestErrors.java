package se.vardflode.api;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Two answers of the engine REST API that Camunda gets wrong: a database that cannot be reached is a 503 problem
 * detail, as in the project's API ({@link DatabaseUnavailable}), not a 500; and a refusal raised inside the engine's
 * command as a {@link BadUserRequestException} (an Object variable of a type the project does not allow, met while
 * a task is completed) is a 400 with its message, where Camunda's task resource wraps every engine exception of a
 * completion in a 500. Everything else is answered as Camunda would.
 */
@Component
class EngineRestErrors implements ResourceConfigCustomizer {

	@Override
	public void customize(ResourceConfig config) {
		config.register(InEngineException.class);
		config.register(InRestException.class);
	}

	private static Optional<Response> answer(Throwable exception) {
		if (DatabaseUnavailable.causedBy(exception)) {
			return Optional.of(unavailable());
		}
		for (Throwable cause = exception.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause instanceof BadUserRequestException refusal) {
				return Optional.of(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
					.entity(ExceptionDto.fromException(refusal)).build());
			}
		}
		return Optional.empty();
	}

	private static Response unavailable() {
		return Response.status(Response.Status.SERVICE_UNAVAILABLE)
			.type(MediaType.valueOf(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER)
			.entity(DatabaseUnavailable.members(null))
			.build();
	}

	@Priority(1)
	static class InEngineException implements ExceptionMapper<ProcessEngineException> {

		private final ProcessEngineExceptionHandler camundaDefault = new ProcessEngineExceptionHandler();

		@Override
		public Response toResponse(ProcessEngineException exception) {
			return answer(exception).orElseGet(() -> camundaDefault.toResponse(exception));
		}

	}

	@Priority(1)
	static class InRestException implements ExceptionMapper<RestException> {

		private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

		@Override
		public Response toResponse(RestException exception) {
			return answer(exception).orElseGet(() -> camundaDefault.toResponse(exception));
		}

	}

}
