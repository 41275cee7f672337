package se.vardflode.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A hung mail server: accepts every connection on a free port of the loopback interface and never says a word, not
 * even the SMTP greeting. A client without a read timeout waits on it forever. Until {@link #answerThrough(int)}: then
 * it relays to a real one, as a mail server that has come back.
 */
public final class SilentSmtpServer implements AutoCloseable {

	private final ServerSocket socket;
	private final List<Socket> connections = new CopyOnWriteArrayList<>();

	private volatile int relayPort;

	private SilentSmtpServer(ServerSocket socket) {
		this.socket = socket;
	}

	public static SilentSmtpServer start() {
		try {
			ServerSocket socket = new ServerSocket();
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
			SilentSmtpServer server = new SilentSmtpServer(socket);
			Thread acceptor = new Thread(server::accept, "silent-smtp");
			acceptor.setDaemon(true);
			acceptor.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void accept() {
		while (!socket.isClosed()) {
			try {
				Socket connection = socket.accept();
				int relay = relayPort;
				if (relay == 0) {
					connections.add(connection);
				}
				else {
					relay(connection, relay);
				}
			}
			catch (IOException closed) {
				return;
			}
		}
	}

	/**
	 * The mail server is back: the connections it held are closed, and from now on every new one is relayed to the
	 * real server on this port of the loopback interface, byte for byte. The port stays the same for the clients,
	 * without a second server having to bind it (which the kernel may refuse while the old connections linger).
	 */
	public void answerThrough(int realServerPort) {
		relayPort = realServerPort;
		closeHeldConnections();
	}

	/** A client the real server does not take is hung up on; the next one is tried again. */
	private static void relay(Socket client, int port) throws IOException {
		Socket server;
		try {
			server = new Socket(InetAddress.getLoopbackAddress(), port);
		}
		catch (IOException refused) {
			client.close();
			return;
		}
		pump(client, server);
		pump(server, client);
	}

	private static void pump(Socket from, Socket to) {
		Thread pump = new Thread(() -> {
			try (from; to) {
				from.getInputStream().transferTo(to.getOutputStream());
			}
			catch (IOException closed) {
				// either side hung up: so does the other (try-with-resources)
			}
		}, "silent-smtp-relay");
		pump.setDaemon(true);
		pump.start();
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
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		closeHeldConnections();
	}

	private void closeHeldConnections() {
		try {
			for (Socket connection : connections) {
				connection.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
