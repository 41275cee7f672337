package se.vardflode.triage;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The triage decides whether a patient goes to a physician today, so a completion without a clear answer on acute
 * suicide risk, or without an assessment, is refused (HTTP 400 from the REST API) and the task stays open. Without
 * acute risk at least one questionnaire must be sent: the route is decided from their scores.
 */
@Component
class TriageAssessmentValidator implements TaskListener {

	static final List<String> QUESTIONNAIRE_CHOICES = List.of("sendPhq9", "sendGad7", "sendAudit", "sendDudit");
	private static final List<String> MAIN_PROBLEMS = List.of("DEPRESSION", "ANXIETY", "STRESS", "ALCOHOL_DRUGS", "OTHER");

	@Override
	public void notify(DelegateTask task) {
		Object risk = task.getVariable("acuteSuicideRisk");
		if (!"yes".equals(risk) && !"no".equals(risk)) {
			throw new BadUserRequestException("Ange om det finns akut suicidrisk (ja eller nej)");
		}
		if (!(task.getVariable("assessment") instanceof String assessment) || assessment.isBlank()) {
			throw new BadUserRequestException("Skriv din bedömning");
		}
		if (!(task.getVariable("mainProblem") instanceof String problem && MAIN_PROBLEMS.contains(problem))) {
			throw new BadUserRequestException("Välj huvudsakligt problem: nedstämdhet, ångest, stress, alkohol/droger eller annat");
		}
		for (String choice : QUESTIONNAIRE_CHOICES) {
			if (task.getVariable(choice) == null) {
				task.setVariable(choice, false);
			}
			else if (!(task.getVariable(choice) instanceof Boolean)) {
				throw new BadUserRequestException("Valet av formulär " + choice + " ska vara ja eller nej");
			}
		}
		boolean anyQuestionnaire = QUESTIONNAIRE_CHOICES.stream().anyMatch(choice -> Boolean.TRUE.equals(task.getVariable(choice)));
		if ("no".equals(risk) && !anyQuestionnaire) {
			throw new BadUserRequestException("Välj minst ett självskattningsformulär att skicka till patienten");
		}
		// who decided, kept in the process history with the decision
		task.setVariable("triagedBy", DecidedBy.of(task));
	}

}
