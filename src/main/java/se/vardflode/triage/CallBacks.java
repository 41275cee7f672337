package se.vardflode.triage;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vardflode.identity.CareUnit;
import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.PatientAssignee;
import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.Personnummer;
import se.vardflode.kernel.ProcessVariable;

/**
 * The entry for a promised call-back outside the advice line's triage: a PST psychologist (or any unit whose
 * {@code starts-processes} names promised-call-back) who says "we will call you" starts the same call-back, with its
 * retries, message and follow-up. Through {@code POST /api/call-backs} for staff, or from Java by a pathway that
 * promises a call in a model step (a delegate of pst-triage's PST assessment, say).
 */
@Service
public class CallBacks {

	private static final Logger log = LoggerFactory.getLogger(CallBacks.class);

	private final RuntimeService runtimeService;

	CallBacks(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	/**
	 * A promise, in validated types.
	 *
	 * @param unit whose team calls
	 * @param at the promised time
	 * @param reason why the patient is to be called, shown on the call task
	 */
	public record PromisedCallBack(CareUnit unit, Personnummer patient, Optional<PatientName> patientName,
			Optional<String> patientPhone, Optional<EmailAddress> patientEmail, Instant at, String reason) {
	}

	public record Promised(String processInstanceId, Instant callBackAt) {
	}

	/** Starts promised-call-back; in the caller's transaction, so a failing caller leaves no call-back behind. */
	@Transactional
	public Promised promise(PromisedCallBack callBack) {
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(CallBackProcess.KEY, ProcessVariable
			.with(CallBackProcess.UNIT_ID, callBack.unit().id())
			.with(CallBackProcess.CALL_BACK_AT, Date.from(callBack.at()))
			.with(CallBackProcess.CONTACT_REASON, callBack.reason())
			.with(CallBackProcess.PERSONNUMMER, callBack.patient().value())
			.with(CallBackProcess.PATIENT_REFERENCE, PatientAssignee.of(callBack.patient()))
			.withOptional(CallBackProcess.PATIENT_NAME, callBack.patientName().map(PatientName::value))
			.withOptional(CallBackProcess.PATIENT_PHONE, callBack.patientPhone())
			.withOptional(CallBackProcess.PATIENT_EMAIL, callBack.patientEmail().map(EmailAddress::value))
			.asMap());
		log.info("Call-back promised by {} for {}, process instance {}", callBack.unit().id(), callBack.at(), instance.getId());
		return new Promised(instance.getId(), callBack.at());
	}

}
