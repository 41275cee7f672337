package se.vardflode.triage;

import java.time.Period;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Gives the PST assessment task the care-guarantee due date: {@code pstAssessmentDeadline} calendar days (P3D: a
 * Friday contact is due on Monday) from the route decision, the same moment the escalation timer counts from.
 */
@Component
class PstAssessmentDueDate implements TaskListener {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	@Override
	public void notify(DelegateTask task) {
		Period deadline = Period.parse((String) task.getVariable("pstAssessmentDeadline"));
		task.setDueDate(Date.from(ClockUtil.getCurrentTime().toInstant().atZone(SWEDEN).plus(deadline).toInstant()));
	}

}
