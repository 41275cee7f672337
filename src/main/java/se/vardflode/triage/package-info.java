/**
 * Triage to the psychosocial team (PST): the advice-line contact ({@code TriageContactController},
 * {@code TriageContactRequest}, {@code TriageRules}), the self-assessment questionnaires (PHQ-9, GAD-7, AUDIT, DUDIT)
 * and their scoring, the route decision (triage-route.dmn), the PST assessment, group treatment and the promised
 * call-back with its retries and its entry for PST ({@code CallBacks}, {@code POST /api/call-backs}); the facades
 * {@code TriageProcess}, {@code QuestionnaireProcess}, {@code GroupTreatmentProcess} and {@code CallBackProcess}.
 *
 * <p>The pathway's shape, the same in chat, triage, sip and referral: a request record with Bean Validation
 * ({@code @Valid}, the kernel's {@code @Personnummer} and {@code @Email}, messages in
 * {@code ValidationMessages.properties}) checked together with the pathway's rules class (a Spring
 * {@code Validator} for what is clinical or configured), which then gives the service validated types; a process
 * facade per model (key, messages, activity ids, typed {@code ProcessVariable}s); thin delegates and listeners named
 * after their BPMN task; a {@code TaskRule} per form for what one answer requires of another; decisions a process
 * owner changes in DMN ({@code camunda:decisionRef}) and durations in the model or in a setting, never both.
 */
@ApplicationModule(allowedDependencies = { "api", "forms", "governance", "identity", "kernel", "notification", "referral", "security", "taskcontext" })
package se.vardflode.triage;

import org.springframework.modulith.ApplicationModule;
