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
 * even the SMTP greeting. A client without a read timeout waits on it forever.
 */
public final class SilentSmtpServer implements AutoCloseable {

	private final ServerSocket socket;
	private final List<Socket> connections = new CopyOnWriteArrayList<>();

	private SilentSmtpServer(ServerSocket socket) {
		this.socket = socket;
	}

	public static SilentSmtpServer start() {
		try {
			ServerSocket socket = new ServerSocket();
			// so that a real server can take the port once this one is closed (its connections may linger in TIME_WAIT)
			socket.setReuseAddress(true);
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
