package se.vardflode.triage;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.vardflode.kernel.CareTime;

/**
 * "Planera nytt försök" (promised-call-back.bpmn): the patient did not answer; counts the attempt and sets when to call
 * next, or, with no retry left, when the unit's follow-up is due.
 */
@Component
class PlanNextCallAttemptDelegate implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(PlanNextCallAttemptDelegate.class);

	private final CallBackAttempts attempts;

	PlanNextCallAttemptDelegate(CallBackAttempts attempts) {
		this.attempts = attempts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int unanswered = CallBackProcess.CALL_BACK_ATTEMPTS.optionalFrom(execution).orElse(0) + 1;
		Instant now = CareTime.now();
		Optional<Instant> next = attempts.next(unanswered, now);
		CallBackProcess.CALL_BACK_ATTEMPTS.set(execution, unanswered);
		CallBackProcess.ANOTHER_ATTEMPT.set(execution, next.isPresent());
		next.ifPresentOrElse(at -> CallBackProcess.NEXT_CALL_BACK_AT.set(execution, Date.from(at)),
				() -> CallBackProcess.FOLLOW_UP_DUE.set(execution, Date.from(attempts.followUpDue(now))));
		log.info("Call-back {}: {} unanswered, {}", execution.getProcessInstanceId(), unanswered,
				next.map(at -> "next attempt at " + at).orElse("no attempt left, the unit follows up"));
	}

}
