/**
 * The patient side: patients log in on {@code /patient} (demo passwords in the default profile) and complete the
 * forms of the tasks assigned to them, through the patient API {@code /api/patient/**}, its own security filter
 * chain, and an audit log of every read of a patient's task or form.
 *
 * <p><b>Patient tasks</b> are BPMN user tasks assigned to the patient:
 * {@code camunda:assignee="patient:${patientId}"}, where the process variable {@code patientId} is the patient's
 * twelve-digit personnummer or samordningsnummer ({@link se.vardflode.patient.Personnummer}), and the process
 * variable {@code unitId} names the care unit the patient sees the task from. Such a task has no candidate groups,
 * so no unit's staff is authorized to see or work it in Tasklist or {@code /engine-rest}, and
 * {@code PatientTaskGuard} refuses its completion by any engine user (even an administrator):
 * only the patient, through the patient API, completes it. Its form is a Camunda Form ({@code camunda:formRef}),
 * checked on the server like every other form.
 */
package se.vardflode.patient;
