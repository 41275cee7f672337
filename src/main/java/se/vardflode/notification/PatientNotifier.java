package se.vardflode.notification;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

import se.vardflode.identity.CareUnits;
import se.vardflode.patient.PatientInbox;

/**
 * The one way a patient or a custodian is told something: a message in her inbox in the patient page, and a neutral
 * notice by mail that says only that there is one, with the link to the patient page. A mail to a patient may be read
 * by anyone who shares her inbox or her screen: it names no unit, no group, no questionnaire, no referral, no result.
 *
 * <p>The message is rendered from {@code classpath:mail/patient/<message>.mustache} (first line its title, then a blank
 * line and the text) with exactly the model the caller gives and {@code unitName}, the unit it is from. It is written
 * in the engine's transaction of the job that runs the mail task, beside the notice's row in the mail outbox, under an
 * id derived the same way (process instance, activity, job, message, recipient): a retry of the job, or a second node,
 * delivers neither the message nor the notice twice. A recipient without a mail address gets the message only.
 */
@Service
public class PatientNotifier {

	/** Where the messages' templates are, under {@code classpath:mail/}. */
	static final String MESSAGE_TEMPLATES = "patient/";
	/** The one mail a patient gets, whatever the message. */
	static final String NOTICE_TEMPLATE = "patient-notice";

	private final MailNotifier mailNotifier;
	private final PatientInbox inbox;
	private final CareUnits careUnits;
	private final PublicLinks links;

	PatientNotifier(MailNotifier mailNotifier, PatientInbox inbox, CareUnits careUnits, PublicLinks links) {
		this.mailNotifier = mailNotifier;
		this.inbox = inbox;
		this.careUnits = careUnits;
		this.links = links;
	}

	/**
	 * Gives the recipient the message from the mail task that {@code execution} is at; call it from the task's
	 * delegate, in its job.
	 *
	 * @param fromUnitId the unit the message is from, shown with it in the patient page
	 * @param message the message's template under {@code mail/patient/}, e.g. {@code referral-sent}
	 * @param model what the template shows, exactly; {@code unitName} is added
	 */
	public void notify(DelegateExecution execution, PatientRecipient recipient, String fromUnitId, String message, Map<String, ?> model) {
		// before anything else: a mail task in a caller's transaction is a modelling error, whatever it would send
		String jobId = MailOutbox.currentJobId(execution);
		Map<String, Object> withUnit = new HashMap<>(model);
		withUnit.put("unitName", careUnits.get(fromUnitId).name());
		MailNotifier.Text text = mailNotifier.render(MESSAGE_TEMPLATES + message, withUnit);
		String id = MailOutbox.stableId(execution, jobId, MESSAGE_TEMPLATES + message, recipient.personnummer().value());
		inbox.deliver(new PatientInbox.NewMessage(id, recipient.personnummer(), fromUnitId, message, text.subject(), text.body().strip(),
				execution.getProcessInstanceId()));
		recipient.email().ifPresent(email -> mailNotifier.deliver(execution, email.value(), NOTICE_TEMPLATE,
				mailNotifier.render(NOTICE_TEMPLATE, Map.of("patientPageUrl", links.patientPage()))));
	}

}
