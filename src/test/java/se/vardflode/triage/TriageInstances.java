package se.vardflode.triage;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;

/**
 * Test classes share one Spring context and its database: the triage tests remove their running instances (and the
 * tasks in other units' lists that they hold) so that tests of task visibility see only their own tasks.
 */
final class TriageInstances {

	private static final List<String> KEYS = List.of(TriageProcess.KEY, GroupTreatmentProcess.KEY, "patient-questionnaire");

	private TriageInstances() {
	}

	static void removeAll(RuntimeService runtimeService) {
		for (String key : KEYS) {
			runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list()
				.forEach(instance -> runtimeService.deleteProcessInstanceIfExists(instance.getId(), "test isolation", false, true, false, false));
		}
	}

}
