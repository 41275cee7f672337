package se.vardflode.notification;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.base.GreenMailOperations;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the patients were told, for the pathways' tests: the messages in their inboxes ({@code patient_message}, by the
 * title the patient page shows) and the neutral notices the mail server received. Personnummer as {@code ÅÅÅÅMMDD-NNNN}.
 */
public final class Inboxes {

	/** The subject of every mail to a patient or a custodian (mail/patient-notice.mustache). */
	public static final String NOTICE_SUBJECT = "Du har ett nytt meddelande från vården";

	private final JdbcClient jdbc;

	public Inboxes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Empties every inbox: tests that share a database each start with none. */
	public void clear() {
		jdbc.sql("delete from patient_message").update();
	}

	/** Whose inboxes have a message with this title, once per message. */
	public List<String> recipientsOf(String title) {
		return jdbc.sql("select patient_reference from patient_message where title = :title order by created_at, id").param("title", title)
			.query(String.class).list().stream().map(Inboxes::formatted).toList();
	}

	/** The text of the first message with this title. */
	public String body(String title) {
		return jdbc.sql("select body from patient_message where title = :title order by created_at, id").param("title", title)
			.query(String.class).list().stream().findFirst()
			.orElseThrow(() -> new AssertionError("No patient has a message '" + title + "'"));
	}

	/** The titles of the messages in one person's inbox, oldest first. */
	public List<String> titlesFor(String personnummer) {
		return jdbc.sql("select title from patient_message where patient_reference = :patient order by created_at, id")
			.param("patient", personnummer.replace("-", "")).query(String.class).list();
	}

	/** The titles of the messages one process instance sent, oldest first. */
	public List<String> titlesSentBy(String processInstanceId) {
		return jdbc.sql("select title from patient_message where process_instance_id = :id order by created_at, id")
			.param("id", processInstanceId).query(String.class).list();
	}

	/** The texts of the messages one process instance sent, oldest first. */
	public List<String> bodiesSentBy(String processInstanceId) {
		return jdbc.sql("select body from patient_message where process_instance_id = :id order by created_at, id")
			.param("id", processInstanceId).query(String.class).list();
	}

	/** Where the neutral notices went, one address per mail received. */
	public static List<String> noticesTo(GreenMailOperations smtp) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> NOTICE_SUBJECT.equals(subject(mail))).map(Inboxes::recipient).toList();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(MimeMessage mail) {
		try {
			return mail.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String formatted(String twelveDigits) {
		return twelveDigits.substring(0, 8) + "-" + twelveDigits.substring(8);
	}

}
