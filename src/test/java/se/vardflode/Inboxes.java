package se.vardflode;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the patients were told, for the pathways' tests: the messages in their inboxes in the patient page
 * ({@code patient_message}, by the title the page shows). The mail they got is the same neutral notice for every
 * message, {@link #NOTICE_SUBJECT}, read in the {@link Mailbox}. {@link VardflodeTest} empties every inbox after each
 * test. Personnummer as {@code ÅÅÅÅMMDD-NNNN}.
 */
public final class Inboxes {

	/** The subject of every mail to a patient or a custodian (mail/patient-notice.mustache). */
	public static final String NOTICE_SUBJECT = "Du har ett nytt meddelande från vården";

	private final JdbcClient jdbc;

	public Inboxes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whose inboxes have a message with this title, once per message. */
	public List<String> recipientsOf(String title) {
		return jdbc.sql("select patient_reference from patient_message where title = :title order by created_at, delivered_seq").param("title", title)
			.query(String.class).list().stream().map(Inboxes::formatted).toList();
	}

	/** The text of the first message with this title. */
	public String body(String title) {
		return jdbc.sql("select body from patient_message where title = :title order by created_at, delivered_seq").param("title", title)
			.query(String.class).list().stream().findFirst()
			.orElseThrow(() -> new AssertionError("No patient has a message '" + title + "'"));
	}

	/** The titles of the messages in one person's inbox, oldest first. */
	public List<String> titlesFor(String personnummer) {
		return jdbc.sql("select title from patient_message where patient_reference = :patient order by created_at, delivered_seq")
			.param("patient", personnummer.replace("-", "")).query(String.class).list();
	}

	/** The titles of the messages one process instance sent, oldest first. */
	public List<String> titlesSentBy(String processInstanceId) {
		return jdbc.sql("select title from patient_message where process_instance_id = :id order by created_at, delivered_seq")
			.param("id", processInstanceId).query(String.class).list();
	}

	/** The texts of the messages one process instance sent, oldest first. */
	public List<String> bodiesSentBy(String processInstanceId) {
		return jdbc.sql("select body from patient_message where process_instance_id = :id order by created_at, delivered_seq")
			.param("id", processInstanceId).query(String.class).list();
	}

	private static String formatted(String twelveDigits) {
		return twelveDigits.substring(0, 8) + "-" + twelveDigits.substring(8);
	}

}
