/**
 * Referrals (remisser) between primary care and psychiatry that stop bouncing: the API ({@code ReferralController},
 * {@code ReferralRequest}, {@code ReferralRules}), routing by the process owners' table (referral-routing.dmn), an
 * assessment deadline, interim responsibility for the sending unit, a joint consultation instead of a second return,
 * and the care guarantee for the first specialist visit; the facade {@code ReferralProcess} (referral-routing.bpmn).
 *
 * <p>The pathway's shape, the same in chat, triage, sip and referral: a request record with Bean Validation
 * ({@code @Valid}, the kernel's {@code @Personnummer} and {@code @Email}, messages in
 * {@code ValidationMessages.properties}) checked together with the pathway's rules class (a Spring
 * {@code Validator} for what is clinical or configured), which then gives the service validated types; a process
 * facade per model (key, messages, activity ids, typed {@code ProcessVariable}s); thin delegates and listeners named
 * after their BPMN task; a {@code TaskRule} per form for what one answer requires of another; decisions a process
 * owner changes in DMN ({@code camunda:decisionRef}) and durations in the model or in a setting, never both.
 */
@ApplicationModule(allowedDependencies = { "api", "forms", "governance", "identity", "kernel", "security", "taskcontext" })
package se.vardflode.referral;

import org.springframework.modulith.ApplicationModule;
