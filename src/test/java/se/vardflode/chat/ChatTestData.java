package se.vardflode.chat;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test classes share one Spring context and database: each test leaves no chat behind for the next. */
final class ChatTestData {

	private ChatTestData() {
	}

	static void deleteAll(RuntimeService runtimeService, JdbcClient jdbc) {
		for (String processKey : new String[] { ParticipantRequests.PROCESS_KEY, ChatEnrollments.PROCESS_KEY }) {
			runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey).list()
				.forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test clean-up", true, true));
		}
		jdbc.sql("delete from chat_participant").update();
		jdbc.sql("delete from chat_channel").update();
	}

}
