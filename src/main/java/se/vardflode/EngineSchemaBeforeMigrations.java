package se.vardflode;

import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway migrates after the engine has created or updated its schema: the migrations under {@code db/vendor/} tune
 * the engine's own tables (statistics, indexes), which a new database does not have before the engine starts.
 * Replaces Spring Boot's initializer, which would run whenever its bean happened to be created first.
 */
@Configuration(proxyBeanMethods = false)
class EngineSchemaBeforeMigrations {

	@Bean
	FlywayMigrationInitializer flywayInitializer(Flyway flyway, ObjectProvider<FlywayMigrationStrategy> strategy,
			ProcessEngine engineWithItsSchema) {
		return new FlywayMigrationInitializer(flyway, strategy.getIfAvailable());
	}

}
