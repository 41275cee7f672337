package se.vardflode.triage;

import java.util.Map;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.vardflode.kernel.ProcessVariable;

/**
 * "Räkna poäng": scores the questionnaires the patient answered and writes each total and band as process variables
 * (kept in the history with the route they lead to). A questionnaire the patient never opened is
 * {@code NOT_ANSWERED}; one with a missing or impossible answer is not scored at all: the error
 * {@value #INVALID_ANSWER} sends it to a nurse with the item named in {@code invalidAnswer}, never as a silent zero.
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
		Sex sex = Sex.valueOf(TriageProcess.PATIENT_SEX.from(execution));
		int age = TriageProcess.PATIENT_AGE.from(execution);
		boolean any = false;
		try {
			TriageProcess.PHQ9_BAND.set(execution, NOT_ANSWERED);
			// physician-involvement reads the total: none, not a stale one from an earlier round, when PHQ-9 is not answered
			TriageProcess.PHQ9_TOTAL.set(execution, null);
			TriageProcess.PHQ9_SUICIDE_SIGNAL.set(execution, false);
			if (answered(execution, TriageProcess.SEND_PHQ9, Phq9Scorer.PHQ_9, answers)) {
				Phq9Score score = phq9.score(answers);
				TriageProcess.PHQ9_TOTAL.set(execution, score.total());
				TriageProcess.PHQ9_BAND.set(execution, score.band().name());
				TriageProcess.PHQ9_SUICIDE_SIGNAL.set(execution, score.suicideRiskSignal());
				any = true;
			}
			TriageProcess.GAD7_BAND.set(execution, NOT_ANSWERED);
			if (answered(execution, TriageProcess.SEND_GAD7, Gad7Scorer.GAD_7, answers)) {
				Gad7Score score = gad7.score(answers);
				TriageProcess.GAD7_TOTAL.set(execution, score.total());
				TriageProcess.GAD7_BAND.set(execution, score.band().name());
				any = true;
			}
			TriageProcess.AUDIT_BAND.set(execution, NOT_ANSWERED);
			if (answered(execution, TriageProcess.SEND_AUDIT, AuditScorer.AUDIT, answers)) {
				AuditScore score = audit.score(answers, sex, age);
				TriageProcess.AUDIT_TOTAL.set(execution, score.total());
				TriageProcess.AUDIT_BAND.set(execution, score.band().name());
				TriageProcess.AUDIT_RISK_CUT_OFF.set(execution, score.riskCutOff());
				any = true;
			}
			TriageProcess.DUDIT_BAND.set(execution, NOT_ANSWERED);
			if (answered(execution, TriageProcess.SEND_DUDIT, DuditScorer.DUDIT, answers)) {
				DuditScore score = dudit.score(answers, sex);
				TriageProcess.DUDIT_TOTAL.set(execution, score.total());
				TriageProcess.DUDIT_BAND.set(execution, score.band().name());
				TriageProcess.DUDIT_PROBLEM_CUT_OFF.set(execution, score.problemCutOff());
				any = true;
			}
		}
		catch (InvalidAnswerException ex) {
			TriageProcess.INVALID_ANSWER.set(execution, ex.getMessage());
			throw new BpmnError(INVALID_ANSWER, ex.getMessage());
		}
		TriageProcess.ANY_QUESTIONNAIRE_ANSWERED.set(execution, any);
	}

	/** Sent and at least one item answered: an expired questionnaire has no answers at all and is not scored. */
	private static boolean answered(DelegateExecution execution, ProcessVariable<Boolean> sent, Questionnaire questionnaire,
			Map<String, Object> answers) {
		return sent.optionalFrom(execution).orElse(false) && questionnaire.items().stream().anyMatch(item -> answers.get(item.key()) != null);
	}

}
