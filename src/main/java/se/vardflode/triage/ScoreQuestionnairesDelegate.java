package se.vardflode.triage;

import java.util.Map;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Scores the questionnaires the patient answered and writes each total and band as process variables (kept in the
 * history with the route they lead to). A questionnaire the patient never opened is {@code NOT_ANSWERED}; one with a
 * missing or impossible answer is not scored at all: the error {@value #INVALID_ANSWER} sends it to a nurse with the
 * item named in {@code invalidAnswer}, never as a silent zero.
 */
@Component
class ScoreQuestionnairesDelegate implements JavaDelegate {

	static final String INVALID_ANSWER = "INVALID_ANSWER";
	static final String NOT_ANSWERED = "NOT_ANSWERED";

	private final Phq9Scorer phq9 = new Phq9Scorer();
	private final Gad7Scorer gad7 = new Gad7Scorer();
	private final AuditScorer audit = new AuditScorer();
	private final DuditScorer dudit = new DuditScorer();

	@Override
	public void execute(DelegateExecution execution) {
		Map<String, Object> answers = execution.getVariables();
		Sex sex = Sex.valueOf((String) execution.getVariable("patientSex"));
		int age = (Integer) execution.getVariable("patientAge");
		boolean any = false;
		try {
			execution.setVariable("phq9Band", NOT_ANSWERED);
			execution.setVariable("phq9SuicideSignal", false);
			if (answered(execution, "sendPhq9", Phq9Scorer.PHQ_9, answers)) {
				Phq9Score score = phq9.score(answers);
				execution.setVariable("phq9Total", score.total());
				execution.setVariable("phq9Band", score.band().name());
				execution.setVariable("phq9SuicideSignal", score.suicideRiskSignal());
				any = true;
			}
			execution.setVariable("gad7Band", NOT_ANSWERED);
			if (answered(execution, "sendGad7", Gad7Scorer.GAD_7, answers)) {
				Gad7Score score = gad7.score(answers);
				execution.setVariable("gad7Total", score.total());
				execution.setVariable("gad7Band", score.band().name());
				any = true;
			}
			execution.setVariable("auditBand", NOT_ANSWERED);
			if (answered(execution, "sendAudit", AuditScorer.AUDIT, answers)) {
				AuditScore score = audit.score(answers, sex, age);
				execution.setVariable("auditTotal", score.total());
				execution.setVariable("auditBand", score.band().name());
				execution.setVariable("auditRiskCutOff", score.riskCutOff());
				any = true;
			}
			execution.setVariable("duditBand", NOT_ANSWERED);
			if (answered(execution, "sendDudit", DuditScorer.DUDIT, answers)) {
				DuditScore score = dudit.score(answers, sex);
				execution.setVariable("duditTotal", score.total());
				execution.setVariable("duditBand", score.band().name());
				execution.setVariable("duditProblemCutOff", score.problemCutOff());
				any = true;
			}
		}
		catch (InvalidAnswerException ex) {
			execution.setVariable("invalidAnswer", ex.getMessage());
			throw new BpmnError(INVALID_ANSWER, ex.getMessage());
		}
		execution.setVariable("anyQuestionnaireAnswered", any);
	}

	/** Sent and at least one item answered: an expired questionnaire has no answers at all and is not scored. */
	private static boolean answered(DelegateExecution execution, String sentFlag, Questionnaire questionnaire, Map<String, Object> answers) {
		return Boolean.TRUE.equals(execution.getVariable(sentFlag))
				&& questionnaire.items().stream().anyMatch(item -> answers.get(item.key()) != null);
	}

}
