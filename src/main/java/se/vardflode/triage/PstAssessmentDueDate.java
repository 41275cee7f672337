package se.vardflode.triage;

import java.time.Period;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.vardflode.kernel.CareTime;

/**
 * Gives the PST assessment task the care-guarantee due date: {@code pstAssessmentDeadline} calendar days (P3D: a
 * Friday contact is due on Monday) from the route decision, the same moment the escalation timer counts from.
 */
@Component
class PstAssessmentDueDate implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		Period deadline = Period.parse(TriageProcess.PST_ASSESSMENT_DEADLINE.from(task));
		task.setDueDate(Date.from(CareTime.fromNow(deadline)));
	}

}
