package se.vardflode.triage;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import se.vardflode.kernel.ProcessVariable;
import se.vardflode.taskcontext.CaseTask;
import se.vardflode.taskcontext.FormLabels;
import se.vardflode.taskcontext.TaskContext;

/**
 * The self-assessments on a task: each questionnaire the nurse sent, with its total and Swedish band
 * ("PHQ-9: 17 – måttligt svår") or "ej besvarat", and the patient's answer to each item as she saw it in the form.
 */
final class QuestionnaireFindings {

	static final String NOT_ANSWERED = "ej besvarat";

	/** One questionnaire as the triage stores it: the form, the nurse's choice, the score variables. */
	private record Sent(Questionnaire questionnaire, String formKey, ProcessVariable<Boolean> sentFlag, ProcessVariable<Integer> total,
			ProcessVariable<String> band, Function<String, String> bandLabel, ProcessVariable<Integer> cutOff) {
	}

	private static final List<Sent> QUESTIONNAIRES = List.of(
			new Sent(Phq9Scorer.PHQ_9, "phq-9", TriageProcess.SEND_PHQ9, TriageProcess.PHQ9_TOTAL, TriageProcess.PHQ9_BAND,
					band -> Phq9Score.Band.valueOf(band).label, null),
			new Sent(Gad7Scorer.GAD_7, "gad-7", TriageProcess.SEND_GAD7, TriageProcess.GAD7_TOTAL, TriageProcess.GAD7_BAND,
					band -> Gad7Score.Band.valueOf(band).label, null),
			new Sent(AuditScorer.AUDIT, "audit", TriageProcess.SEND_AUDIT, TriageProcess.AUDIT_TOTAL, TriageProcess.AUDIT_BAND,
					band -> AuditScore.Band.valueOf(band).label, TriageProcess.AUDIT_RISK_CUT_OFF),
			new Sent(DuditScorer.DUDIT, "dudit", TriageProcess.SEND_DUDIT, TriageProcess.DUDIT_TOTAL, TriageProcess.DUDIT_BAND,
					band -> DuditScore.Band.valueOf(band).label, TriageProcess.DUDIT_PROBLEM_CUT_OFF));

	private final FormLabels labels;

	QuestionnaireFindings(FormLabels labels) {
		this.labels = labels;
	}

	/** The totals of every questionnaire sent, and the answers to those answered. */
	void describe(CaseTask task, TaskContext context) {
		describe(task, context, QUESTIONNAIRES.stream().map(sent -> sent.questionnaire().name()).toList());
	}

	/** As {@link #describe(CaseTask, TaskContext)}, for some of them only (by name, e.g. "AUDIT"). */
	void describe(CaseTask task, TaskContext context, List<String> names) {
		for (Sent sent : QUESTIONNAIRES) {
			if (!names.contains(sent.questionnaire().name()) || !task.get(sent.sentFlag()).orElse(false)) {
				continue;
			}
			Optional<String> band = task.get(sent.band());
			context.finding(sent.questionnaire().name(), band.map(scored -> summary(task, sent, scored)).orElse("ännu inte poängsatt"));
			if (band.isPresent() && !ScoreQuestionnairesDelegate.NOT_ANSWERED.equals(band.get())) {
				answers(task, context, sent);
			}
		}
		if (task.get(TriageProcess.PHQ9_SUICIDE_SIGNAL).orElse(false)) {
			QuestionnaireItem item9 = Phq9Scorer.PHQ_9.items().get(8);
			context.finding("Signal om suicidrisk", "PHQ-9 fråga 9: "
					+ labels.optionOrValue("phq-9", item9.key(), task.variable(item9.key()).orElse(null)));
		}
	}

	private static String summary(CaseTask task, Sent sent, String band) {
		if (ScoreQuestionnairesDelegate.NOT_ANSWERED.equals(band)) {
			return NOT_ANSWERED;
		}
		String summary = task.get(sent.total()).map(total -> total + " – ").orElse("") + sent.bandLabel().apply(band);
		return sent.cutOff() == null ? summary : summary + task.get(sent.cutOff()).map(cutOff -> " (gräns " + cutOff + ")").orElse("");
	}

	private void answers(CaseTask task, TaskContext context, Sent sent) {
		for (QuestionnaireItem item : sent.questionnaire().items()) {
			String question = labels.label(sent.formKey(), item.key()).orElse("Fråga " + item.number());
			Object answer = task.variable(item.key()).orElse(null);
			context.answer(sent.questionnaire().name(), question, answer == null ? NOT_ANSWERED : labels.optionOrValue(sent.formKey(), item.key(), answer));
		}
	}

}
