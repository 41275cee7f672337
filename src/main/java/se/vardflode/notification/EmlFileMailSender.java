package se.vardflode.notification;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Delivers mail to a directory instead of an SMTP server, for a laptop without one: each message becomes an .eml
 * file that any mail program opens, and the log says where it went (subject and file, never the recipient).
 */
class EmlFileMailSender extends JavaMailSenderImpl {

	private static final Logger log = LoggerFactory.getLogger(EmlFileMailSender.class);

	private final Path directory;

	EmlFileMailSender(Path directory) {
		this.directory = directory;
	}

	@Override
	protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) throws MailException {
		Map<Object, Exception> failures = new LinkedHashMap<>();
		for (MimeMessage message : mimeMessages) {
			try {
				Files.createDirectories(directory);
				Path file = directory.resolve(Instant.now().toEpochMilli() + "-" + UUID.randomUUID() + ".eml");
				// saveChanges() makes a new Message-ID; the outbox's own one is kept, as JavaMailSenderImpl keeps it
				String messageId = message.getMessageID();
				message.saveChanges();
				if (messageId != null) {
					message.setHeader("Message-ID", messageId);
				}
				try (OutputStream out = Files.newOutputStream(file)) {
					message.writeTo(out);
				}
				// no recipient: a patient's mail address is personal data, and logs are kept and shipped
				log.info("Mail '{}' saved as {}", message.getSubject(), file);
			}
			catch (IOException | MessagingException ex) {
				failures.put(message, ex);
			}
		}
		if (!failures.isEmpty()) {
			throw new MailSendException(failures);
		}
	}

	@Override
	public void testConnection() throws MessagingException {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new MailPreparationException("Cannot create mail directory " + directory, ex);
		}
	}

}
