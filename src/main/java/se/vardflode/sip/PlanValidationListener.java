package se.vardflode.sip;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * On completing "Upprätta SIP-planen": checks the plan's rules ({@link SipPlan#violations}) and refuses a plan that
 * breaks one, so the task stays open with nothing changed; a valid plan gets its version and the follow-up time.
 */
@Component
class PlanValidationListener implements TaskListener {

	/** The follow-up timer fires on the morning of the follow-up date, Swedish time. */
	static final LocalTime FOLLOW_UP_TIME = LocalTime.of(8, 0);

	private final SipSettings settings;

	PlanValidationListener(SipSettings settings) {
		this.settings = settings;
	}

	@Override
	public void notify(DelegateTask task) {
		SipPlan.Parsed parsed = SipPlan.parse(task.getVariable(SipVariables.ACTIONS), task.getVariable(SipVariables.HUVUDANSVAR),
				task.getVariable(SipVariables.FOLLOW_UP_DATE));
		LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), SipMeeting.SWEDEN);
		Map<String, String> errors = parsed.errors().isEmpty()
				? parsed.plan().violations(SipParticipants.from(task).organisations(settings.regionOrganisation()), today)
				: parsed.errors();
		if (!errors.isEmpty()) {
			throw new SipFormRejected("SIP-planen", errors);
		}
		Integer version = (Integer) task.getVariable(SipVariables.PLAN_VERSION);
		task.setVariable(SipVariables.PLAN_VERSION, version == null ? 1 : version + 1);
		task.setVariable(SipVariables.FOLLOW_UP_AT,
				Date.from(parsed.plan().followUpDate().atTime(FOLLOW_UP_TIME).atZone(SipMeeting.SWEDEN).toInstant()));
	}

}
