package se.vardflode.notification;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

import se.vardflode.kernel.CareTime;

/**
 * Sends a mail rendered from a Mustache template {@code classpath:mail/<name>.mustache}: the template's first line
 * is the subject, the rest (after one blank line) the plain-text body. A missing value is an error, never an empty
 * gap in a mail to a patient. Mail failures are thrown so that the engine retries the job and ends in an incident.
 */
@Service
public class MailNotifier {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd 'kl.' HH:mm").withZone(CareTime.ZONE);

	private final JavaMailSender mailSender;
	private final ResourceLoader resources;
	private final MailSettings settings;
	private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).withFormatter(MailNotifier::format);

	private final Counter sent;
	private final Counter failed;

	MailNotifier(JavaMailSender mailSender, ResourceLoader resources, MailSettings settings, MeterRegistry meters) {
		this.mailSender = mailSender;
		this.resources = resources;
		this.settings = settings;
		this.sent = Counter.builder("vardflode.mail.sent").description("Mails handed to the mail server").register(meters);
		this.failed = Counter.builder("vardflode.mail.failed").description("Mail attempts that failed (the job retries)").register(meters);
	}

	public void send(String to, String templateName, Map<String, ?> model) {
		String[] subjectAndBody = render(templateName, model).split("\\R", 3);
		if (subjectAndBody.length < 3 || !subjectAndBody[1].isBlank()) {
			throw new IllegalStateException("Mail template " + templateName + " must start with a subject line and a blank line");
		}
		MimeMessage message = mailSender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
			helper.setFrom(settings.from());
			helper.setTo(to);
			helper.setSubject(subjectAndBody[0].strip());
			helper.setText(subjectAndBody[2]);
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("Cannot prepare mail from template " + templateName, ex);
		}
		try {
			mailSender.send(message);
		}
		catch (MailException ex) {
			failed.increment();
			throw ex;
		}
		sent.increment();
	}

	private String render(String templateName, Map<String, ?> model) {
		Resource resource = resources.getResource("classpath:mail/" + templateName + ".mustache");
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			Template template = compiler.compile(reader);
			return template.execute(model);
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
