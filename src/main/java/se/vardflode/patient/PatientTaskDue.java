package se.vardflode.patient;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.springframework.stereotype.Component;

import se.vardflode.governance.ModelCallable;
import se.vardflode.kernel.CareTime;

/**
 * The due date a patient sees on a task in the patient page ("Fyll i senast …"): a BPMN patient task sets
 * {@code camunda:dueDate="${patientTaskDue.in('P7D')}"}, the same period as the timer that ends the wait for it.
 */
@Component("patientTaskDue")
public class PatientTaskDue {

	/** Now (the engine's clock) plus an ISO-8601 period ({@code P7D}) or duration ({@code PT48H}). */
	@ModelCallable
	public Date in(String isoPeriodOrDuration) {
		try {
			return Date.from(CareTime.fromNow(isoPeriodOrDuration.contains("T") ? Duration.parse(isoPeriodOrDuration)
					: Period.parse(isoPeriodOrDuration)));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Not an ISO-8601 period or duration: " + isoPeriodOrDuration, ex);
		}
	}

}
