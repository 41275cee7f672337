package se.vardflode.triage;

import org.springframework.stereotype.Component;

import se.vardflode.taskcontext.CaseTask;
import se.vardflode.taskcontext.TaskContext;
import se.vardflode.taskcontext.TaskContextSource;

/**
 * What "Gruppbehandling" shows the PST group leader: a group, not one patient, so no patient's data (the access log
 * records no patient for a group, so the task must show none): the group and how many wait. Each participant's own
 * case is on her own triage.
 */
@Component
class GroupTreatmentTaskContext implements TaskContextSource {

	private final TriageSettings settings;

	GroupTreatmentTaskContext(TriageSettings settings) {
		this.settings = settings;
	}

	@Override
	public String processKey() {
		return GroupTreatmentProcess.KEY;
	}

	@Override
	public void describe(CaseTask task, TaskContext context) {
		String group = task.get(GroupTreatmentProcess.GROUP_NAME).orElse("Gruppbehandling");
		context.about("Grupp: " + group)
			.from("Patienter som tackat ja till gruppen")
			.deadline("Starta när gruppen är redo; högst " + settings.groupSize().max() + " deltagare")
			.finding("Grupp", group)
			.finding("Deltagare som väntar", task.get(GroupTreatmentProcess.PARTICIPANT_COUNT).map(String::valueOf).orElse(null));
	}

}
