package se.vardflode.triage;

import java.time.Period;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.vardflode.kernel.CareTime;

/**
 * Gives the PST assessment task the care-guarantee due date {@code pstAssessmentDueAt}: {@code pstAssessmentDeadline}
 * calendar days (P3D: a Friday contact is due on Monday) from the contact, the same moment the escalation timer fires
 * and the KPI counts from. An older triage, started before that variable, keeps its deadline from the task's start.
 */
@Component
class PstAssessmentDueDate implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		task.setDueDate(TriageProcess.PST_ASSESSMENT_DUE_AT.optionalFrom(task)
			.orElseGet(() -> Date.from(CareTime.fromNow(Period.parse(TriageProcess.PST_ASSESSMENT_DEADLINE.from(task))))));
	}

}
