/**
 * The asynchronous chat opened at enrollment at MVC, BVC or UM (issue 3, seed 000): the API ({@code ChatController},
 * {@code EnrollmentRequest}, {@code ChatRules}), the chat channel table ({@code ChatChannels}, which also holds the
 * chat's closing time, read by the model through {@code ChatClosing}), the facades {@code ChatProcess}
 * (chat-enrollment.bpmn) and {@code ChatConsentProcess} (chat-participant-consent.bpmn), their delegates, and when a
 * chat closes ({@code ChatPeriod}, from chat-duration.dmn).
 *
 * <p>The pathway's shape, the same in chat, triage, sip and referral: a request record with Bean Validation
 * ({@code @Valid}, the kernel's {@code @Personnummer} and {@code @Email}, messages in
 * {@code ValidationMessages.properties}) checked together with the pathway's rules class (a Spring
 * {@code Validator} for what is clinical or configured), which then gives the service validated types; a process
 * facade per model (key, messages, activity ids, typed {@code ProcessVariable}s); thin delegates and listeners named
 * after their BPMN task; a {@code TaskRule} per form for what one answer requires of another; decisions a process
 * owner changes in DMN ({@code camunda:decisionRef}) and durations in the model or in a setting, never both.
 */
@ApplicationModule(allowedDependencies = { "api", "forms", "governance", "identity", "kernel", "notification", "security", "taskcontext" })
package se.vardflode.chat;

import org.springframework.modulith.ApplicationModule;
