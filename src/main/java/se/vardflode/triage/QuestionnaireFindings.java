package se.vardflode.triage;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
	private record Sent(Questionnaire questionnaire, String formKey, String sentFlag, String total, String band,
			Function<String, String> bandLabel, String cutOff) {
	}

	private static final List<Sent> QUESTIONNAIRES = List.of(
			new Sent(Phq9Scorer.PHQ_9, "phq-9", "sendPhq9", "phq9Total", "phq9Band", band -> Phq9Score.Band.valueOf(band).label, null),
			new Sent(Gad7Scorer.GAD_7, "gad-7", "sendGad7", "gad7Total", "gad7Band", band -> Gad7Score.Band.valueOf(band).label, null),
			new Sent(AuditScorer.AUDIT, "audit", "sendAudit", "auditTotal", "auditBand", band -> AuditScore.Band.valueOf(band).label,
					"auditRiskCutOff"),
			new Sent(DuditScorer.DUDIT, "dudit", "sendDudit", "duditTotal", "duditBand", band -> DuditScore.Band.valueOf(band).label,
					"duditProblemCutOff"));

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
			if (!names.contains(sent.questionnaire().name()) || !task.isTrue(sent.sentFlag())) {
				continue;
			}
			Optional<String> band = task.string(sent.band());
			context.finding(sent.questionnaire().name(), band.map(scored -> summary(task, sent, scored)).orElse("ännu inte poängsatt"));
			if (band.isPresent() && !ScoreQuestionnairesDelegate.NOT_ANSWERED.equals(band.get())) {
				answers(task, context, sent);
			}
		}
		if (task.isTrue("phq9SuicideSignal")) {
			QuestionnaireItem item9 = Phq9Scorer.PHQ_9.items().get(8);
			context.finding("Signal om suicidrisk", "PHQ-9 fråga 9: "
					+ labels.optionOrValue("phq-9", item9.key(), task.variable(item9.key()).orElse(null)));
		}
	}

	private static String summary(CaseTask task, Sent sent, String band) {
		if (ScoreQuestionnairesDelegate.NOT_ANSWERED.equals(band)) {
			return NOT_ANSWERED;
		}
		String summary = task.integer(sent.total()).map(total -> total + " – ").orElse("") + sent.bandLabel().apply(band);
		return sent.cutOff() == null ? summary : summary + task.integer(sent.cutOff()).map(cutOff -> " (gräns " + cutOff + ")").orElse("");
	}

	private void answers(CaseTask task, TaskContext context, Sent sent) {
		for (QuestionnaireItem item : sent.questionnaire().items()) {
			String question = labels.label(sent.formKey(), item.key()).orElse("Fråga " + item.number());
			Object answer = task.variable(item.key()).orElse(null);
			context.answer(sent.questionnaire().name(), question, answer == null ? NOT_ANSWERED : labels.optionOrValue(sent.formKey(), item.key(), answer));
		}
	}

}
