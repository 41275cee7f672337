package se.vardflode.governance;

import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * What the engine REST API answers differently because of the limits {@link GovernancePlugin} puts on the engine:
 * multipart requests are read with a size limit ({@link BoundedMultipartReader}); with CMMN off there are no case
 * resources (their queries would fail on tables that do not exist: 404 instead of 500); an Object variable of a type
 * that is not allowed is a bad request (Camunda's REST API answers its deserialization refusal with 500). The webapps'
 * copy of the API gets the size limit from {@link WebappEngineApiUploadLimit}.
 */
@Component
class GovernedEngineRest implements ResourceConfigCustomizer {

	private final DeploymentSettings settings;

	GovernedEngineRest(DeploymentSettings settings) {
		this.settings = settings;
	}

	@Override
	public void customize(ResourceConfig config) {
		config.register(new BoundedMultipartReader(settings), 1);
		config.register(NoCaseResources.class);
		config.register(RefusedObjectTypeIsBadRequest.class);
	}

	@Bean
	FilterRegistrationBean<WebappEngineApiUploadLimit> webappEngineApiUploadLimit() {
		var registration = new FilterRegistrationBean<>(new WebappEngineApiUploadLimit(settings));
		registration.setName("webapp-engine-api-upload-limit");
		registration.addUrlPatterns("/camunda/api/engine/*");
		// before anything else might read the body
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@PreMatching
	static class NoCaseResources implements ContainerRequestFilter {

		private static final Pattern CASE_RESOURCE = Pattern.compile("^/?(engine/[^/]+/)?(history/)?case-.*");

		@Override
		public void filter(ContainerRequestContext request) {
			if (CASE_RESOURCE.matcher(request.getUriInfo().getPath()).matches()) {
				request.abortWith(problem(Response.Status.NOT_FOUND, "NotFoundException",
						"CMMN är avstängt i Vårdflöde: det finns inga ärenden (case) att läsa eller skapa."));
			}
		}

	}

	static class RefusedObjectTypeIsBadRequest implements ContainerResponseFilter {

		@Override
		public void filter(ContainerRequestContext request, ContainerResponseContext response) {
			if (response.getStatus() == Response.Status.INTERNAL_SERVER_ERROR.getStatusCode()
					&& response.getEntity() instanceof ExceptionDto error && error.getMessage() != null
					&& error.getMessage().contains("not whitelisted for deserialization")) {
				response.setStatus(Response.Status.BAD_REQUEST.getStatusCode());
				response.setEntity(dto("InvalidRequestException", "Variabelns typ finns inte bland de typer Vårdflöde tillåter ("
						+ String.join(", ", AllowedObjectTypes.CLASSES.stream().sorted().toList()) + "): " + error.getMessage()),
						null, MediaType.APPLICATION_JSON_TYPE);
			}
		}

	}

	private static Response problem(Response.Status status, String type, String message) {
		return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(dto(type, message)).build();
	}

	private static ExceptionDto dto(String type, String message) {
		ExceptionDto dto = new ExceptionDto();
		dto.setType(type);
		dto.setMessage(message);
		return dto;
	}

}
