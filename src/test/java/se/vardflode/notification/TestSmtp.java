package se.vardflode.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The tests' SMTP server on a port of its own per test JVM, so that builds of several worktrees on one machine do
 * not take each other's fixed port 3025. The port is chosen, and {@code spring.mail.port} set to it, when a test
 * class first asks for the extension, which is before its Spring context starts: every test class that sends mail
 * must use {@link #extension()} so that they all share one context and one port.
 */
public final class TestSmtp {

	public static final int PORT = freePort();

	static {
		System.setProperty("spring.mail.port", String.valueOf(PORT));
	}

	private TestSmtp() {
	}

	public static GreenMailExtension extension() {
		return new GreenMailExtension(new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP));
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
