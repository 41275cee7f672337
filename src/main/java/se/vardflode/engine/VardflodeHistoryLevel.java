package se.vardflode.engine;

import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * The engine's full history without the rows nothing reads ({@code docs/benchmarks.md}, "Which history rows each
 * reader needs"). Every row it writes is one the level {@code full} writes; it leaves out:
 * <ul>
 * <li>activity instances of exclusive, parallel and inclusive gateways and of none start events: a token passes them
 * in the same instant, nobody waits there, and no KPI, no audit and no process owner's question names them (event-based
 * gateways, which wait, are kept; so are end events, which say how a case ended);</li>
 * <li>the evaluations of the decisions named in {@code vardflode.history.decisions-without-history}, whose outcome
 * is kept where it is used (chat-duration.dmn's closing time in {@code chat_channel.expires_at});</li>
 * <li>the detail row (ACT_HI_DETAIL) of the values a process in {@code vardflode.history.start-values-without-detail}
 * is started with, when it is started through the API: such a value is in ACT_HI_VARINST, and every later change of
 * it gets its detail row as at {@code full}. Answers to forms, task completions, messages and every other command keep
 * their detail rows.</li>
 * </ul>
 * Everything else (the user operation log, incidents, job logs, task history, the variables' history) is produced
 * as at {@code full}. Its id is the level {@code full}'s (3), the one stored in ACT_GE_PROPERTY: a database written at
 * {@code full} runs on with this level, and with {@code full} again, without the engine refusing to start.
 */
final class VardflodeHistoryLevel extends HistoryLevelFull {

	static final String NAME = "vardflode";

	private static final Set<String> PASSED_THROUGH = Set.of(ActivityTypes.GATEWAY_EXCLUSIVE, ActivityTypes.GATEWAY_PARALLEL,
			ActivityTypes.GATEWAY_INCLUSIVE, ActivityTypes.START_EVENT);
	private static final Set<HistoryEventType> ACTIVITY_INSTANCE_EVENTS = Set.of(HistoryEventTypes.ACTIVITY_INSTANCE_START,
			HistoryEventTypes.ACTIVITY_INSTANCE_END, HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE,
			HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE);

	private final Set<String> decisionsWithoutHistory;
	private final Set<String> startValuesWithoutDetail;

	VardflodeHistoryLevel(Set<String> decisionsWithoutHistory, Set<String> startValuesWithoutDetail) {
		this.decisionsWithoutHistory = Set.copyOf(decisionsWithoutHistory);
		this.startValuesWithoutDetail = Set.copyOf(startValuesWithoutDetail);
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
		if (entity == null) {
			// asked while the models are parsed: whether to listen at all
			return true;
		}
		if (ACTIVITY_INSTANCE_EVENTS.contains(eventType) && entity instanceof ExecutionEntity execution) {
			return !passedThrough(execution);
		}
		if (eventType == HistoryEventTypes.DMN_DECISION_EVALUATE && entity instanceof DmnDecision decision) {
			return !decisionsWithoutHistory.contains(decision.getKey());
		}
		if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL && entity instanceof HistoricVariableUpdateEventEntity update) {
			return !(update.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
					&& startValuesWithoutDetail.contains(update.getProcessDefinitionKey()) && inProcessStart());
		}
		return true;
	}

	private static boolean passedThrough(ExecutionEntity execution) {
		ActivityImpl activity = execution.getActivity();
		return activity != null && PASSED_THROUGH.contains(activity.getProperties().get(BpmnProperties.TYPE));
	}

	private static boolean inProcessStart() {
		CommandInvocationContext invocation = Context.getCommandInvocationContext();
		return invocation != null && invocation.getCommand() instanceof StartProcessInstanceCmd;
	}

}
