package se.vardflode.notification;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

import se.vardflode.kernel.CareTime;

/**
 * The one way mail leaves Vårdflöde. A mail is rendered from a Mustache template
 * {@code classpath:mail/<name>.mustache}: the template's first line is the subject, the rest (after one blank line)
 * the plain-text body. A missing value is an error, never an empty gap in a mail to a patient.
 *
 * <p>Mail is an outbox. In the job of the mail task (an asynchronous service task) each message is first recorded
 * in {@code mail_outbox}, in the engine's transaction, under an id derived from the process instance, the activity,
 * the job, the template and the recipient; then it is sent with the connect, read and write timeouts of
 * {@code spring.mail.properties}, its Message-ID derived from that id; the moment the mail server has accepted it,
 * that is committed in {@code mail_delivery} in a transaction of its own (on a small pool of its own). A job that runs again for the same message
 * — a retry after a later failure, an optimistic-locking conflict at commit, a second node after the lock expired —
 * finds the acceptance and does not send the message again. What remains: a mail server that accepts a message
 * while the process dies (or loses its database) before the acceptance is committed, a few milliseconds; the retry
 * then sends it again with the same Message-ID, by which the receiving side can drop it. Mail failures are thrown, so
 * that the engine retries the job and ends in an incident.
 *
 * <p>Patients and custodians are not mailed through {@link #send}: {@link PatientNotifier} gives them a message in the
 * patient page and sends the neutral notice through this outbox.
 */
@Service
public class MailNotifier {

	private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd 'kl.' HH:mm").withZone(CareTime.ZONE);

	private final JavaMailSender mailSender;
	private final MailOutbox outbox;
	private final ResourceLoader resources;
	private final MailSettings settings;
	private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).withFormatter(MailNotifier::format);
	/** Compiled once per template: they are resources of the application and do not change while it runs. */
	private final Map<String, Template> templates = new ConcurrentHashMap<>();

	private final Counter sent;
	private final Counter failed;
	private final Counter notSentAgain;

	MailNotifier(JavaMailSender mailSender, MailOutbox outbox, ResourceLoader resources, MailSettings settings,
			MeterRegistry meters) {
		this.mailSender = mailSender;
		this.outbox = outbox;
		this.resources = resources;
		this.settings = settings;
		this.sent = Counter.builder("vardflode.mail.sent").description("Mails handed to the mail server").register(meters);
		this.failed = Counter.builder("vardflode.mail.failed").description("Mail attempts that failed (the job retries)").register(meters);
		this.notSentAgain = Counter.builder("vardflode.mail.not.sent.again")
			.description("Mails a job was to send again that a mail server had already accepted")
			.register(meters);
	}

	/**
	 * Sends one mail from the mail task that {@code execution} is at; call it from the task's delegate, in its job.
	 * Sends nothing if a mail server already accepted this message in an earlier run of the job. Not for patients and
	 * custodians: what they are told is a message in the patient page, sent with {@link PatientNotifier}.
	 *
	 * @param model exactly what the template shows, never the process variables wholesale
	 */
	public void send(DelegateExecution execution, String to, String templateName, Map<String, ?> model) {
		if (templateName.startsWith(PatientNotifier.MESSAGE_TEMPLATES) || templateName.equals(PatientNotifier.NOTICE_TEMPLATE)) {
			throw new IllegalArgumentException("Template " + templateName + " is a patient message: send it with PatientNotifier");
		}
		// before anything else: a mail task in a caller's transaction is a modelling error, whatever it would send
		MailOutbox.currentJobId(execution);
		deliver(execution, to, templateName, render(templateName, model));
	}

	/** A rendered template: its first line, and the rest after one blank line. */
	record Text(String subject, String body) {
	}

	/**
	 * Renders {@code classpath:mail/<templateName>.mustache}; a value the template names and the model lacks is an
	 * error.
	 */
	Text render(String templateName, Map<String, ?> model) {
		String[] subjectAndBody = template(templateName).execute(model).split("\\R", 3);
		if (subjectAndBody.length < 3 || !subjectAndBody[1].isBlank()) {
			throw new IllegalStateException("Mail template " + templateName + " must start with a subject line and a blank line");
		}
		return new Text(subjectAndBody[0].strip(), subjectAndBody[2]);
	}

	/** Records the mail in the outbox and sends it, unless a mail server already accepted it. */
	void deliver(DelegateExecution execution, String to, String templateName, Text text) {
		String jobId = MailOutbox.currentJobId(execution);
		MailOutbox.Entry entry = outbox.record(execution, jobId, to, templateName, text.subject(), domainOf(settings.from()));
		Optional<Instant> deliveredAt = outbox.deliveredAt(entry);
		if (deliveredAt.isPresent()) {
			notSentAgain.increment();
			log.info("Mail {} '{}' was accepted by the mail server at {}; not sent again", entry.id(), templateName, deliveredAt.get());
			return;
		}
		try {
			mailSender.send(message(entry, to, text.subject(), text.body(), templateName));
		}
		catch (MailException ex) {
			failed.increment();
			throw ex;
		}
		try {
			outbox.markDelivered(entry);
		}
		catch (RuntimeException ex) {
			// the window that remains: the server has the mail, the database does not know; the retry sends it again
			log.error("Mail {} '{}' was accepted by the mail server but could not be marked delivered; a retry of the job "
					+ "will send it again with Message-ID {}", entry.id(), templateName, entry.messageId(), ex);
			throw ex;
		}
		sent.increment();
	}

	private MimeMessage message(MailOutbox.Entry entry, String to, String subject, String body, String templateName) {
		MimeMessage message = mailSender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
			helper.setFrom(settings.from());
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body);
			// kept by the sender (Spring's JavaMailSenderImpl keeps an explicit Message-ID): the same on every attempt
			message.setHeader("Message-ID", entry.messageId());
			return message;
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("Cannot prepare mail from template " + templateName, ex);
		}
	}

	private static String domainOf(String address) {
		return address.substring(address.lastIndexOf('@') + 1);
	}

	private Template template(String templateName) {
		return templates.computeIfAbsent(templateName, this::compile);
	}

	private Template compile(String templateName) {
		Resource resource = resources.getResource("classpath:mail/" + templateName + ".mustache");
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			return compiler.compile(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException("No mail template " + templateName, ex);
		}
	}

	private static String format(Object value) {
		if (value instanceof Date date) {
			return DATE_TIME.format(date.toInstant());
		}
		if (value instanceof TemporalAccessor temporal) {
			return DATE_TIME.format(temporal);
		}
		return String.valueOf(value);
	}

}
