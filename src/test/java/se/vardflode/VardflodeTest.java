package se.vardflode;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The one harness of the project's integration and process tests: the whole application on a random port (one Spring
 * context and one in-memory database shared by every class with this annotation), the real engine with the real files
 * of {@code processes/} and {@code forms/}, camunda-bpm-assert bound to it ({@code job()}, {@code task()},
 * {@code execute()}, {@code complete()}), the mail server ({@link Mailbox}, emptied before each test), the engine
 * clock ({@link EngineClock}, reset after each test) and a clean slate after each test: no running process
 * instance and no chat left for the next one ({@link ProcessHarness}). On PostgreSQL: {@link PostgresTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(ProcessHarness.class)
public @interface VardflodeTest {
}
