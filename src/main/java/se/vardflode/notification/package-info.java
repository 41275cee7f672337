/**
 * Mail to patients, guardians and staff teams, and the one way mail leaves Vårdflöde: {@link
 * se.vardflode.notification.MailNotifier}, called from the delegates of asynchronous mail tasks. Swedish Mustache
 * templates under {@code resources/mail}. Mail is an outbox ({@code mail_outbox}, {@code mail_delivery}): recorded in
 * the engine's transaction, sent by the task's job with timeouts, never sent again by a retry or a second node once a
 * mail server has accepted it. Without an SMTP server (the default profile) mail is kept as .eml files.
 *
 * <p><b>Patients and custodians get messages, not mail</b> ({@link se.vardflode.notification.PatientNotifier}): what
 * they are told is a message in their inbox in the patient page ({@code patient.PatientInbox}), and the mail is the
 * same neutral notice for every message ({@code mail/patient-notice.mustache}: "Du har ett nytt meddelande från vården
 * – logga in på …" with the link to the patient page, {@code vardflode.public-url}), which names no unit, group,
 * questionnaire, referral or result. The message is written in the same job and transaction as the notice's outbox
 * row, under an id derived the same way, so a retry delivers neither twice. Every template gets an explicit model:
 * the process variables its mail task names, never all of them.
 *
 * <p><b>Adding a message to patients</b> is one template and one task in the model:
 * <ol>
 * <li>write {@code src/main/resources/mail/patient/<message>.mustache}: its first line the title in the inbox, then a
 * blank line and the text; {@code {{unitName}}} is the unit it is from, anything else must be named in the task;</li>
 * <li>add an asynchronous service task ({@code camunda:asyncBefore="true"}, a retry cycle) with
 * {@code camunda:delegateExpression="${notifyPatientDelegate}"} and the input parameters {@code message} (the
 * template's name), {@code patient} ({@code ${patientReference}} or {@code ${personnummer}}), {@code mailTo}
 * ({@code ${patientEmail}}), {@code fromUnitId} and, if the text shows process variables, {@code messageVariables}
 * (their names, comma-separated).</li>
 * </ol>
 * From Java (a pathway's own delegate, e.g. to everyone in a chat) call {@code PatientNotifier.notify} with the
 * template's name and the model. {@code PatientMailsTest} then finds the new template and fails until a pathway in
 * the test sends it and it passes the forbidden-words check.
 *
 * <p><b>Mail to a unit's team or manager</b>: {@code ${notifyUnitTeamDelegate}} with {@code mailTemplate} (under
 * {@code mail/}), {@code mailVariables} (what it shows) and {@code task} (the user task it is about, linked in Tasklist
 * as {@code {{taskUrl}}}); it says what to do and never shows a personnummer.
 */
@ApplicationModule(allowedDependencies = { "identity", "kernel", "patient" })
package se.vardflode.notification;

import org.springframework.modulith.ApplicationModule;
