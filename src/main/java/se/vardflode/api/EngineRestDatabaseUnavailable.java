package se.vardflode.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * A database that cannot be reached while the engine REST API works on a request is a 503 problem detail, as in the
 * project's API ({@link DatabaseUnavailable}), not Camunda's 500; everything else is answered as Camunda would.
 */
@Component
class EngineRestDatabaseUnavailable implements ResourceConfigCustomizer {

	@Override
	public void customize(ResourceConfig config) {
		config.register(InEngineException.class);
		config.register(InRestException.class);
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
			return DatabaseUnavailable.causedBy(exception) ? unavailable() : camundaDefault.toResponse(exception);
		}

	}

	@Priority(1)
	static class InRestException implements ExceptionMapper<RestException> {

		private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

		@Override
		public Response toResponse(RestException exception) {
			return DatabaseUnavailable.causedBy(exception) ? unavailable() : camundaDefault.toResponse(exception);
		}

	}

}
