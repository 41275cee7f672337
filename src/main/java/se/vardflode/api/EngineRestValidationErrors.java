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
 * A task listener that refuses a completion (a return without its reason, a plan without actions) throws a
 * {@link BadUserRequestException}, but the engine wraps every listener exception in a plain
 * {@link ProcessEngineException}, and the REST API wraps that again in a 500 {@link RestException}. These mappers
 * find the refusal inside and answer 400 with its message, so that Tasklist and other clients show the person what
 * to fix. A database that cannot be reached is 503 as in the project's API ({@link DatabaseUnavailable}); everything
 * else is answered as Camunda would.
 */
@Component
class EngineRestValidationErrors implements ResourceConfigCustomizer {

	@Override
	public void customize(ResourceConfig config) {
		config.register(WrappedInEngineException.class);
		config.register(WrappedInRestException.class);
	}

	static Optional<Response> refusal(Throwable exception) {
		if (DatabaseUnavailable.causedBy(exception)) {
			return Optional.of(Response.status(Response.Status.SERVICE_UNAVAILABLE)
				.type(MediaType.valueOf(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE))
				.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER)
				.entity(DatabaseUnavailable.members(null))
				.build());
		}
		for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof BadUserRequestException refusal) {
				return Optional.of(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
					.entity(ExceptionDto.fromException(refusal)).build());
			}
		}
		return Optional.empty();
	}

	@Priority(1)
	static class WrappedInEngineException implements ExceptionMapper<ProcessEngineException> {

		private final ProcessEngineExceptionHandler camundaDefault = new ProcessEngineExceptionHandler();

		@Override
		public Response toResponse(ProcessEngineException exception) {
			return refusal(exception).orElseGet(() -> camundaDefault.toResponse(exception));
		}

	}

	@Priority(1)
	static class WrappedInRestException implements ExceptionMapper<RestException> {

		private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

		@Override
		public Response toResponse(RestException exception) {
			return refusal(exception).orElseGet(() -> camundaDefault.toResponse(exception));
		}

	}

}
