package se.vardflode.triage;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

public final class CallBackFixtures {

	public static final String PROCESS_KEY = "promised-call-back";
	public static final String ADVICE_LINE = "radgivning";

	private CallBackFixtures() {
	}

	public static final String PATIENT = "19121212-1212";
	public static final String PATIENT_MAIL = "tolvan@example.se";

	/**
	 * The same promise with the patient's contact details, as {@code CallBacks} starts it: whom to message when no
	 * call reaches her.
	 */
	public static ProcessInstance adviceLinePromisesCallBackTo(RuntimeService runtimeService, Instant now, Duration delay) {
		return runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(
				"unitId", ADVICE_LINE,
				"callBackAt", Date.from(now.plus(delay)),
				"contactReason", "Oro efter samtal med rådgivningen",
				"personnummer", "191212121212",
				"patientReference", "patient:191212121212",
				"patientEmail", PATIENT_MAIL,
				"patientPhone", "070-123 45 67"));
	}

	/** The advice line promised at {@code now} to call the patient back within {@code delay}. */
	public static ProcessInstance adviceLinePromisesCallBack(RuntimeService runtimeService, Instant now, Duration delay) {
		return runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(
				"unitId", ADVICE_LINE,
				"callBackAt", Date.from(now.plus(delay)),
				"contactReason", "Oro efter samtal med rådgivningen"));
	}

}
