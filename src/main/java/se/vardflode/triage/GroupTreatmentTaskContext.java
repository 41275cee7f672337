package se.vardflode.triage;

import org.springframework.stereotype.Component;

import se.vardflode.taskcontext.CaseTask;
import se.vardflode.taskcontext.TaskContext;
import se.vardflode.taskcontext.TaskContextSource;

/**
 * What "Gruppbehandling" shows the PST group leader: a group, not one patient, so no patient's data: the group and
 * how many wait. Each participant's own case is on her own triage.
 */
@Component
class GroupTreatmentTaskContext implements TaskContextSource {

	@Override
	public String processKey() {
		return GroupTreatment.PROCESS_KEY;
	}

	@Override
	public void describe(CaseTask task, TaskContext context) {
		String group = task.string("groupName").orElse("Gruppbehandling");
		context.about("Grupp: " + group)
			.from("Patienter som tackat ja till gruppen")
			.deadline("Starta när gruppen är redo; högst " + GroupTreatment.MAX_PARTICIPANTS + " deltagare")
			.finding("Grupp", group)
			.finding("Deltagare som väntar", task.integer("participantCount").map(String::valueOf).orElse(null));
	}

}
