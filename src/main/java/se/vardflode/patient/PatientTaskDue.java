package se.vardflode.patient;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.vardflode.governance.ModelCallable;

/**
 * The due date a patient sees on a task in the patient page ("Fyll i senast …"): a BPMN patient task sets
 * {@code camunda:dueDate="${patientTaskDue.in('P7D')}"}, the same period as the timer that ends the wait for it.
 */
@Component("patientTaskDue")
public class PatientTaskDue {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	/** Now (the engine's clock) plus an ISO-8601 period ({@code P7D}) or duration ({@code PT48H}). */
	@ModelCallable
	public Date in(String isoPeriodOrDuration) {
		ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(SWEDEN);
		try {
			return Date.from(now.plus(isoPeriodOrDuration.contains("T") ? Duration.parse(isoPeriodOrDuration)
					: Period.parse(isoPeriodOrDuration)).toInstant());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Not an ISO-8601 period or duration: " + isoPeriodOrDuration, ex);
		}
	}

}
