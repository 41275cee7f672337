package se.vardflode.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The tests' SMTP port: one free port per test JVM, so that builds of several worktrees on one machine do not take
 * each other's fixed port 3025. {@link se.vardflode.Mailbox} runs the mail server there; every test Spring context
 * sends to it (registered in META-INF/spring.factories, so it also applies to contexts that start before a mail test
 * class is loaded).
 */
public final class TestSmtp implements EnvironmentPostProcessor, Ordered {

	public static final int PORT = freePort();

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test-smtp", Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", PORT)));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
