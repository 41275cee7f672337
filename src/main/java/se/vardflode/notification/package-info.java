/**
 * Mail to patients, guardians and staff teams, and the one way mail leaves Vårdflöde: {@link
 * se.vardflode.notification.MailNotifier}, called from the delegates of asynchronous mail tasks. Swedish templates under
 * {@code resources/mail}. Mail is an outbox ({@code mail_outbox}, {@code mail_delivery}): recorded in the engine's
 * transaction, sent by the task's job with timeouts, never sent again by a retry or a second node once a mail server
 * has accepted it. Without an SMTP server (the default profile) mail is kept as .eml files.
 */
@ApplicationModule(allowedDependencies = { "identity", "kernel" })
package se.vardflode.notification;

import org.springframework.modulith.ApplicationModule;
