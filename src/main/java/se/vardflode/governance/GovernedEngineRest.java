package se.vardflode.governance;

import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the engine REST API answers differently because of the limits {@link GovernancePlugin} puts on the engine:
 * multipart requests are read with a size limit ({@link BoundedMultipartReader}); with CMMN off there are no case
 * resources (their queries would fail on tables that do not exist: 404 instead of 500).
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
