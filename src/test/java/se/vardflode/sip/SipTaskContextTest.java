package se.vardflode.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.util.Map;

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
import se.vardflode.taskcontext.ShownTaskContext;

/** The SIP coordinator and the invited units see whose SIP it is, why it was asked for, and the meeting (issue 19). */
@VardflodeTest
class SipTaskContextTest {

	@Autowired
	RuntimeService runtimeService;
	@Autowired
	TaskService taskService;
	@Autowired
	ManagementService managementService;
	@Autowired
	SipCoordination coordination;
	@Autowired
	SipRules rules;

	@BeforeEach
	void setUp() {
		EngineClock.setTo("2026-11-23T09:00:00Z");
	}

	@Test
	void booking_the_meeting_and_confirming_it_show_the_patient_the_reason_and_the_deadline() {
		ProcessInstance sip = coordination.request(rules.request(SipFixtures.socialServicesRequestWithPsychiatryAndSchool()),
				SipFixtures.SOCIAL_WORKER);
		complete(task(sip), Map.of("consent", "yes"));

		ShownTaskContext booking = ShownTaskContext.of(taskService, task(sip).getId());
		assertThat(booking.patientName()).isEqualTo("Tolvan Tolvansson");
		assertThat(booking.personnummer()).isEqualTo(SipFixtures.PATIENT);
		assertThat(booking.from()).isEqualTo("Kommun Gävle socialtjänst (Gävle kommun)");
		assertThat(booking.deadline()).startsWith("SIP-mötet ska hållas senast ");
		assertThat(booking.findings()).containsEntry("Samtycke", "ja, 2026-11-23").containsEntry("Deltagare", "Psykiatri Gävleborg, PST Södra Hälsingland");
		assertThat(booking.texts()).containsEntry("Anledning till SIP", "Behöver samordnade insatser från psykiatri, skola och socialtjänst");

		complete(task(sip), Map.of("meetingDate", "2026-12-03", "meetingTime", "13:00", "meetingPlace", "Socialkontoret, Drottninggatan 1"));
		Jobs.runAsyncContinuations(managementService, sip.getId());
		String confirmation = taskQuery().processInstanceId(sip.getId()).taskDefinitionKey("confirmAttendance").taskCandidateGroup(SipFixtures.PSYCHIATRY_UNIT)
			.singleResult().getId();
		ShownTaskContext invited = ShownTaskContext.of(taskService, confirmation);
		assertThat(invited.patientName()).isEqualTo("Tolvan Tolvansson");
		assertThat(invited.findings()).containsEntry("Möte", "2026-12-03 13:00");
		assertThat(invited.events()).extracting(row -> row.get(1)).containsExactly("SIP-möte bokat (Kommun Gävle socialtjänst)");
	}

}
