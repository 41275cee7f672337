package se.vardflode;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real PostgreSQL, with the same harness as {@link VardflodeTest} (camunda-bpm-assert,
 * {@link Mailbox}, {@link EngineClock}, clean-up). All classes with this annotation share one Spring context and one
 * database. The engine gets its own name so that it does not replace the H2 contexts' engine "default" in
 * Camunda's JVM-wide engine registry while both contexts are cached.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "camunda.bpm.process-engine-name=postgres")
@Import(EmbeddedPostgresConfiguration.class)
@ExtendWith(ProcessHarness.class)
public @interface PostgresTest {
}
