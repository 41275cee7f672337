package se.vardflode.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.vardflode.EngineClock;
import se.vardflode.Jobs;
import se.vardflode.VardflodeTest;
import se.vardflode.chat.EnrollmentRequest.Guardian;
import se.vardflode.taskcontext.ShownTaskContext;

/** The BVC nurse deciding on a chat sees whose it is, where, since when and until when, not a chat id (issue 19). */
@VardflodeTest
class ChatTaskContextTest {

	@Autowired
	RuntimeService runtimeService;
	@Autowired
	ManagementService managementService;
	@Autowired
	TaskService taskService;
	@Autowired
	ChatEnrollments enrollments;
	@Autowired
	ChatRules rules;

	@BeforeEach
	void setUp() {
		EngineClock.setTo("2026-11-23T09:00:00Z");
	}

	@Test
	void the_extend_or_close_task_shows_the_child_the_unit_and_when_the_chat_opened_and_closes() {
		EnrollmentRequest enrollment = new EnrollmentRequest("BVC", ChatFixtures.BVC_UNIT, ChatFixtures.CHILD, null, null,
				List.of(new Guardian(ChatFixtures.MOTHER, ChatFixtures.MOTHER_MAIL, true)), "Nils Testsson");
		ProcessInstance chat = runtimeService.createProcessInstanceQuery().processInstanceId(enrollments.enroll(rules.enrollment(enrollment)).processInstanceId())
			.singleResult();

		// welcomed, then reminded two weeks before the chat closes
		Jobs.runAsyncContinuations(managementService, chat.getId());
		EngineClock.setTo("2027-11-09T09:00:01Z");
		execute(managementService.createJobQuery().processInstanceId(chat.getId()).activityId("reminderDue").timers().singleResult());
		ShownTaskContext shown = ShownTaskContext.of(taskService, task(chat).getId());

		assertThat(task(chat).getTaskDefinitionKey()).isEqualTo("extendOrCloseChat");
		assertThat(shown.patientName()).isEqualTo("Nils Testsson");
		assertThat(shown.personnummer()).isEqualTo(ChatFixtures.CHILD);
		assertThat(shown.age()).isEqualTo("17 mån");
		assertThat(shown.from()).isEqualTo("BVC Gävle");
		assertThat(shown.deadline()).isEqualTo("Chatten stänger om den inte förlängs");
		assertThat(shown.due()).isEqualTo("2027-11-23 10:00");
		assertThat(shown.findings()).containsEntry("Chatt", "barnavårdscentralen").containsEntry("Öppnad", "2026-11-23")
			.containsEntry("Stänger", "2027-11-23");
	}

}
