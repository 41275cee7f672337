/**
 * The patient page and the access log: patients log in on {@code /patient} (demo passwords in the default profile)
 * and complete the forms of the tasks assigned to them, through the patient API {@code /api/patient/**} and its own
 * security filter chain; and the PDL access log of every read of a patient's data, by the patient or by staff.
 *
 * <p><b>Patient tasks</b> are BPMN user tasks assigned to the patient: {@code camunda:assignee="${patientReference}"},
 * where the process variable {@code patientReference} is {@code patient:} and the patient's twelve-digit
 * personnummer or samordningsnummer ({@link se.vardflode.kernel.PatientAssignee}), and the process variable
 * {@code unitId} names the care unit the patient sees the task from. Such a task has no candidate groups,
 * so no unit's staff is authorized to see or work it in Tasklist or {@code /engine-rest}, and
 * {@code PatientTaskGuard} refuses every engine user (even an administrator) who tries to take, hand on, change, end
 * or delete it, or to give a task to a patient, and logs the attempt: only the patient, through the patient API,
 * completes it. Its form is a Camunda Form ({@code camunda:formRef}), checked on the server like every other form.
 *
 * <p><b>Logins</b>: in the default profile demo patients (test personnummer, {@code vardflode.patient.demo}) log in
 * with a password; in production patients log in with OpenID Connect through the region's e-identification broker,
 * the personnummer taken from the claim {@code vardflode.patient.oidc.personnummer-claim}. The patient side has its
 * own security chain and its own sessions ({@code PatientSessions}); staff accounts do not work there, and a patient's
 * session does not work on the staff side.
 *
 * <p><b>Messages</b> ({@link se.vardflode.patient.PatientInbox}, {@code patient_message}): what the care units tell a
 * patient or a custodian, in her inbox on the patient page ({@code /api/patient/messages}: read or unread, from which
 * unit, when; someone else's message is 404). The notification package delivers them, with a neutral notice by mail.
 *
 * <p><b>Access log</b> (PDL, {@code patient_audit_log}): every read of a patient's task or form through the patient
 * API, every completion and every read of her messages, in the transaction of the access; and, in the engine itself, every command a staff member
 * runs (Tasklist, Cockpit, {@code /engine-rest}) that loads a patient's data, own unit included, one row per patient
 * ({@code StaffEngineReads}). Which patient a process instance is about is recorded as it starts
 * ({@code ProcessPatients}). The process owner follows it up with {@code POST /api/audit/patient-access}, the
 * personnummer in the body.
 *
 * <p><b>Whose case a task is</b>: {@link se.vardflode.patient.CasePatients} names the patient of an execution (as the
 * access log does) with the name the {@link se.vardflode.patient.PatientDirectory} gives: by default the name given at
 * the entry point or the demo list; a region replaces it with its population-register lookup.
 */
@ApplicationModule(allowedDependencies = { "api", "forms", "governance", "identity", "kernel", "security" })
package se.vardflode.patient;

import org.springframework.modulith.ApplicationModule;
