package se.vardflode.api;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.ext.ContextResolver;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /engine-rest} with one JSON mapper for all its requests. Camunda's {@link JacksonConfigurator} builds a new
 * {@link ObjectMapper} every time a resource asks for one, so every request builds its serializers and deserializers
 * anew (about half the request threads' CPU of a filter-list request, {@code docs/benchmarks.md}). A resolver added
 * by a customizer is never asked, because Camunda's is registered before it, so this ResourceConfig (in place of the
 * starter's) registers what Camunda's does with the configurator swapped for a resolver of one mapper, configured by
 * Camunda's own method: the same date format and the same leniency. Spring Boot's mapper, which writes dates in
 * another format, stays behind it as it was behind Camunda's. A configured mapper is thread-safe, and nothing in the
 * engine REST API reconfigures the one it is given. The webapps' engine API ({@code /camunda/api/engine}) is
 * Camunda's servlet and keeps its per-request mapper.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestObjectMapper {

	@Bean
	CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
		return new SharedMapperResourceConfig();
	}

	static class SharedMapperResourceConfig extends CamundaJerseyResourceConfig {

		@Override
		protected void registerCamundaRestResources() {
			registerClasses(CamundaRestResources.getResourceClasses());
			Set<Class<?>> configuration = CamundaRestResources.getConfigurationClasses().stream()
				.map(type -> type == JacksonConfigurator.class ? SharedObjectMapper.class : type)
				.collect(Collectors.toSet());
			registerClasses(configuration);
			register(JacksonFeature.class);
		}
	}

	/** A provider class, as Camunda's is, so that Jersey asks it before the Spring Boot mapper's resolver. */
	static class SharedObjectMapper implements ContextResolver<ObjectMapper> {

		private static final ObjectMapper MAPPER = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

		@Override
		public ObjectMapper getContext(Class<?> type) {
			return MAPPER;
		}
	}
}
