package se.vardflode.chat;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import se.vardflode.taskcontext.CaseTask;
import se.vardflode.taskcontext.TaskContext;
import se.vardflode.taskcontext.TaskContextSource;

/** What "Chatt vid inskrivning" shows the unit that decides on a chat: whose chat, where, since when, until when. */
@Component
class ChatTaskContext implements TaskContextSource {

	@Override
	public String processKey() {
		return ChatEnrollments.PROCESS_KEY;
	}

	@Override
	public void describe(CaseTask task, TaskContext context) {
		String unitId = task.string(ChatVariables.UNIT_ID).orElse(null);
		context.fromUnit(unitId)
			.deadline("Chatten stänger om den inte förlängs")
			.finding("Chatt", task.string(ChatVariables.CARE_TYPE).flatMap(CareType::find).map(CareType::swedishName).orElse(null))
			.finding("Öppnad", task.date(ChatVariables.OPENED_AT).map(TaskContext::day).orElse(null))
			.finding("Stänger", task.date(ChatVariables.EXPIRES_AT).map(TaskContext::day).orElse(null))
			.finding("Beräknat förlossningsdatum", task.string(ChatVariables.DUE_DATE).map(LocalDate::parse).map(LocalDate::toString).orElse(null))
			.finding("Barnet fött", task.string(ChatVariables.BIRTH_DATE).orElse(null));
	}

}
