/**
 * SIP coordination (samordnad individuell plan, HSL 16 kap 4 §, SoL 2 kap 7 §): the request API ({@code SipController},
 * {@code SipRequest}, {@code SipRules}), the patient's consent and its withdrawal, the SIP meeting with its deadline,
 * the plan with huvudansvar, and its follow-ups; the facade {@code SipProcess} (sip-coordination.bpmn).
 *
 * <p>The pathway's shape, the same in chat, triage, sip and referral: a request record with Bean Validation
 * ({@code @Valid}, the kernel's {@code @Personnummer} and {@code @Email}, messages in
 * {@code ValidationMessages.properties}) checked together with the pathway's rules class (a Spring
 * {@code Validator} for what is clinical or configured), which then gives the service validated types; a process
 * facade per model (key, messages, activity ids, typed {@code ProcessVariable}s); thin delegates and listeners named
 * after their BPMN task; a {@code TaskRule} per form for what one answer requires of another; decisions a process
 * owner changes in DMN ({@code camunda:decisionRef}) and durations in the model or in a setting, never both.
 */
@ApplicationModule(allowedDependencies = { "api", "forms", "identity", "kernel", "notification", "patient", "taskcontext" })
package se.vardflode.sip;

import org.springframework.modulith.ApplicationModule;
