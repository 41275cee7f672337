package se.vardflode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import se.vardflode.notification.TestSmtp;

/**
 * The tests' mail server, a real SMTP server (GreenMail) on {@link TestSmtp#PORT}, where every test Spring context
 * sends its mail: one per test JVM, started with the first test that asks for it and emptied before each test by
 * {@link VardflodeTest}. What a pathway mailed is read here — by subject, recipients and body — and a test of a mail
 * outage {@link #stopServer() stops the server} for real (the harness starts it again for the next test).
 */
public final class Mailbox {

	private static final Mailbox INSTANCE = new Mailbox();

	private final Set<String> refused = ConcurrentHashMap.newKeySet();
	private final AtomicReference<Runnable> onNextDelivery = new AtomicReference<>();
	private GreenMail server;

	private Mailbox() {
	}

	/** The running mail server of this JVM. */
	public static synchronized Mailbox get() {
		INSTANCE.ensureRunning();
		return INSTANCE;
	}

	private synchronized void ensureRunning() {
		if (server == null || !server.isRunning()) {
			ServerSetup setup = new ServerSetup(TestSmtp.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
			// a bound, not a wait: on a loaded build machine the server's threads may take longer than GreenMail's 2 s
			setup.setServerStartupTimeout(30_000);
			server = new NoDelayGreenMail(setup);
			server.start();
			MessageDeliveryHandler deliver = server.getUserManager().getMessageDeliveryHandler();
			server.getUserManager().setMessageDeliveryHandler((message, address) -> {
				Runnable whileDelivering = onNextDelivery.getAndSet(null);
				if (whileDelivering != null) {
					whileDelivering.run();
				}
				if (refused.contains(address.getEmail())) {
					// GreenMail answers a refused delivery with 451, a temporary failure the sender retries
					throw new MessagingException("Mailbox temporarily unavailable");
				}
				return deliver.handle(message, address);
			});
		}
	}

	/** Every mail received since the last {@link #clear()}, in the order received. */
	public MimeMessage[] received() {
		return server.getReceivedMessages();
	}

	/** The mails whose subject is exactly this one. */
	public List<MimeMessage> withSubject(String subject) {
		return Arrays.stream(received()).filter(mail -> subject.equals(subjectOf(mail))).toList();
	}

	/** The addresses that a mail with this subject went to, one per mail. */
	public List<String> recipientsOf(String subject) {
		return withSubject(subject).stream().map(Mailbox::recipientOf).toList();
	}

	/** The body of the (first) mail with this subject: each recipient of a notice gets the same text. */
	public String bodyOf(String subject) {
		List<MimeMessage> mails = withSubject(subject);
		if (mails.isEmpty()) {
			throw new AssertionError("No mail with the subject '" + subject + "'");
		}
		return body(mails.get(0));
	}

	public static String subjectOf(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The one recipient of a mail (the pathways mail each person on their own). */
	public static String recipientOf(MimeMessage mail) {
		try {
			Address[] to = mail.getAllRecipients();
			return to.length == 1 ? to[0].toString() : Arrays.toString(to);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String body(MimeMessage mail) {
		try {
			Object content = mail.getContent();
			return content instanceof String text ? text : GreenMailUtil.getBody(mail);
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Waits (without sleeping the test thread in a loop) until at least {@code count} mails have arrived. */
	public boolean waitFor(long timeoutMillis, int count) {
		return server.waitForIncomingEmail(timeoutMillis, count);
	}

	/**
	 * No mail and no mailbox left: GreenMail lists received mail mailbox by mailbox, in the order the mailboxes were
	 * created, so each test starts without the mailboxes of the tests before it.
	 */
	public void clear() {
		try {
			server.purgeEmailFromAllMailboxes();
		}
		catch (FolderException ex) {
			throw new IllegalStateException(ex);
		}
		refused.clear();
		onNextDelivery.set(null);
		UserManager users = server.getUserManager();
		List.copyOf(users.listUser()).forEach(users::deleteUser);
	}

	/** From now on mail to this address is refused for now (451), until {@link #acceptMailTo} or the next test. */
	public void refuseMailTo(String address) {
		refused.add(address);
	}

	public void acceptMailTo(String address) {
		refused.remove(address);
	}

	/** Runs the action once, while the server takes the next mail (before it has accepted it). */
	public void whileTakingTheNextMail(Runnable action) {
		onNextDelivery.set(action);
	}

	/** The mail server goes down: mail jobs fail until the next test. */
	public void stopServer() {
		server.stop();
	}

	/** For the benchmarks' own timing of mail delivery. */
	public GreenMail server() {
		return server;
	}

	/**
	 * GreenMail with Nagle's algorithm off on its SMTP connections. GreenMail writes a multi-line reply (EHLO's) a line
	 * at a time; with Nagle on, the second line waits for the client's delayed ACK, 40 ms on Linux, on every
	 * connection: about 48 ms a mail from one sender, 5 ms without. A mail relay writes a reply at once, so this was the
	 * test server's cost, paid by every test that mails and by the benchmark's reminders.
	 */
	private static final class NoDelayGreenMail extends GreenMail {

		NoDelayGreenMail(ServerSetup setup) {
			super(setup);
		}

		@Override
		protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
			Map<String, AbstractServer> services = super.createServices(config, managers);
			services.replaceAll((protocol, service) -> service instanceof SmtpServer
					? new NoDelaySmtpServer(service.getServerSetup(), managers) : service);
			return services;
		}

	}

	private static final class NoDelaySmtpServer extends SmtpServer {

		NoDelaySmtpServer(ServerSetup setup, Managers managers) {
			super(setup, managers);
		}

		@Override
		protected ProtocolHandler createProtocolHandler(Socket client) {
			try {
				client.setTcpNoDelay(true);
			}
			catch (SocketException e) {
				throw new UncheckedIOException(e);
			}
			return super.createProtocolHandler(client);
		}

	}

}
