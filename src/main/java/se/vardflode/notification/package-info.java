/**
 * Mail to patients, guardians and staff teams: one sender, Swedish templates under {@code resources/mail}, and the
 * delegates that BPMN send tasks call. Without an SMTP server (the default profile) mail is kept as .eml files.
 */
@ApplicationModule(allowedDependencies = { "identity", "kernel" })
package se.vardflode.notification;

import org.springframework.modulith.ApplicationModule;
