package se.vardflode.sip;

import org.springframework.stereotype.Component;

import se.vardflode.taskcontext.CaseHistory;
import se.vardflode.taskcontext.CaseTask;
import se.vardflode.taskcontext.TaskContext;
import se.vardflode.taskcontext.TaskContextSource;

/** What "Ta ställning till begäran om SIP" shows: who asked, for whom, why, and by when the unit answers. */
@Component
class SipRequestTaskContext implements TaskContextSource {

	@Override
	public String processKey() {
		return SipRequestProcess.KEY;
	}

	@Override
	public void describe(CaseTask task, TaskContext context) {
		boolean forAChild = task.get(SipRequestProcess.CUSTODIANS).filter(custodians -> !"[]".equals(custodians)).isPresent();
		context.from(forAChild ? "Vårdnadshavare, via patientsidan" : "Patienten, via patientsidan")
			.deadline("Svara den som bad om SIP senast " + task.get(SipRequestProcess.DECISION_DUE_TEXT).orElse(""))
			.finding("Begärd", task.get(SipRequestProcess.REQUESTED_AT).orElse(null))
			.text("Vad som skrevs", task.get(SipRequestProcess.REQUEST_REASON).orElse(null));
	}

	@Override
	public void completed(CaseTask task, CaseHistory history) {
		history.record("accept".equals(task.get(SipRequestProcess.DECISION).orElse(null)) ? "Begäran om SIP beviljad" : "Begäran om SIP avslagen",
				task.get(SipRequestProcess.ANSWER_TEXT).orElse(null));
	}

}
