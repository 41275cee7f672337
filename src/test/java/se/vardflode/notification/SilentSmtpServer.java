package se.vardflode.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A hung mail server: accepts every connection on a free port of the loopback interface and never says a word, not
 * even the SMTP greeting. A client without a read timeout waits on it forever.
 */
public final class SilentSmtpServer implements AutoCloseable {

	private static final int FIRST_PORT = 20000;

	private static final int LAST_PORT = 32000;

	private final ServerSocket socket;
	private final List<Socket> connections = new CopyOnWriteArrayList<>();

	private SilentSmtpServer(ServerSocket socket) {
		this.socket = socket;
	}

	/**
	 * Listens on a free port below Linux's ephemeral range (32768–60999), so that a real server can take the same
	 * port once this one is closed: an ephemeral port ({@code 0}) can meanwhile become the local end of any outgoing
	 * connection of the build (a database's, an HTTP client's), and the real server's bind then fails.
	 */
	public static SilentSmtpServer start() {
		IOException lastRefusal = null;
		for (int attempt = 0; attempt < 50; attempt++) {
			int port = FIRST_PORT + ThreadLocalRandom.current().nextInt(LAST_PORT - FIRST_PORT);
			ServerSocket socket = null;
			try {
				socket = new ServerSocket();
				// its connections may linger in TIME_WAIT after close
				socket.setReuseAddress(true);
				socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
				SilentSmtpServer server = new SilentSmtpServer(socket);
				Thread acceptor = new Thread(server::accept, "silent-smtp");
				acceptor.setDaemon(true);
				acceptor.start();
				return server;
			}
			catch (IOException taken) {
				lastRefusal = taken;
				closeQuietly(socket);
			}
		}
		throw new UncheckedIOException("No free port for the silent mail server", lastRefusal);
	}

	private static void closeQuietly(ServerSocket socket) {
		if (socket != null) {
			try {
				socket.close();
			}
			catch (IOException ignored) {
				// it never listened
			}
		}
	}

	private void accept() {
		while (!socket.isClosed()) {
			try {
				connections.add(socket.accept());
			}
			catch (IOException closed) {
				return;
			}
		}
	}

	public int port() {
		return socket.getLocalPort();
	}

	/** The connections it has taken and holds open. */
	public List<Socket> connections() {
		return connections;
	}

	@Override
	public void close() {
		try {
			socket.close();
			for (Socket connection : connections) {
				connection.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
