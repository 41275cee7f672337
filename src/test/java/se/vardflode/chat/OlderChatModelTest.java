package se.vardflode.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static se.vardflode.chat.ChatFixtures.anMvcEnrollment;
import static se.vardflode.chat.ChatFixtures.anUmEnrollment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.EngineClock;
import se.vardflode.Jobs;
import se.vardflode.VardflodeTest;
import se.vardflode.identity.CareUnits;
import se.vardflode.kernel.CareTime;
import se.vardflode.kernel.Personnummer;

/**
 * A chat that started on chat-enrollment.bpmn as it was before its closing time lived only in {@code chat_channel}
 * (timers on the variables {@code expiresAt} and {@code reminderAt}, an escalation looping back after an extension):
 * chats live a year, so such chats run on after the new version is deployed. An extension keeps their variables in
 * step with the channel, and the process owner moves them to the current version with the migration API, timers
 * keeping their due dates; from then on they close by the channel's time.
 */
@VardflodeTest
class OlderChatModelTest {

	static final String DEPLOYMENT = "chat-enrollment-before-issue-16";
	static final Instant ENROLLED = Instant.parse("2026-11-23T09:00:00Z");

	@Autowired
	ChatChannels chats;
	@Autowired
	ChatRules rules;
	@Autowired
	Deliveries deliveries;
	@Autowired
	CareUnits careUnits;
	@Autowired
	TestRestTemplate http;

	ProcessDefinition older;
	ProcessDefinition current;

	/** The older model, then the current one again on top of it: the order in which a running system got them. */
	@BeforeEach
	void deployTheOlderModelAndThenTheCurrentOne() throws IOException {
		EngineClock.setTo(ENROLLED);
		older = deploy(getClass().getResourceAsStream("/chat/chat-enrollment-before-issue-16.bpmn"));
		current = deploy(Files.newInputStream(Path.of("processes/chat-enrollment.bpmn")));
	}

	private ProcessDefinition deploy(InputStream model) throws IOException {
		try (model) {
			String deploymentId = repositoryService().createDeployment().name(DEPLOYMENT).addInputStream("chat-enrollment.bpmn", model)
				.deploy().getId();
			return repositoryService().createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
		}
	}

	@AfterEach
	void removeTheOlderModel() {
		repositoryService().createDeploymentQuery().deploymentName(DEPLOYMENT).list()
			.forEach(deployment -> repositoryService().deleteDeployment(deployment.getId(), true));
	}

	@Test
	void a_chat_on_the_older_model_is_extended_and_then_moves_to_the_current_version() {
		ProcessInstance chat = aUmChatOnTheOlderModel();
		EngineClock.setTo("2027-11-09T09:00:01Z");
		execute(job(ChatProcess.REMINDER_DUE, chat));
		Jobs.runAsyncContinuations(chat.getId());

		complete(task(ChatProcess.EXTEND_OR_CLOSE_CHAT, chat),
				Map.of("chatDecision", "extend", "extensionMonths", "3", "extensionReason", "Uppföljning behövs"));

		// the older model looped back by its escalation and armed its timers from the variables, in step with the channel
		assertThat(chat).hasPassed(ChatProcess.EXTEND_CHAT).isWaitingAt(ChatProcess.REMINDER_DUE, ChatProcess.CHAT_EXPIRES);
		assertThat(chats.find(chatId(chat)).orElseThrow().expiresAt()).isEqualTo("2028-02-23T09:00:00Z");
		assertThat(job(ChatProcess.CHAT_EXPIRES, chat).getDuedate()).isEqualTo(Date.from(Instant.parse("2028-02-23T09:00:00Z")));
		assertThat(job(ChatProcess.REMINDER_DUE, chat).getDuedate()).isEqualTo(Date.from(Instant.parse("2028-02-09T09:00:00Z")));

		migrateToTheCurrentVersion();

		assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(chat.getId()).singleResult().getProcessDefinitionId())
			.isEqualTo(current.getId());
		assertThat(job(ChatProcess.CHAT_EXPIRES, chat).getDuedate()).isEqualTo(Date.from(Instant.parse("2028-02-23T09:00:00Z")));
		EngineClock.setTo("2028-02-23T09:00:01Z");
		execute(job(ChatProcess.CHAT_EXPIRES, chat));
		assertThat(chat).hasPassed(ChatProcess.CLOSE_CHAT_CHANNEL).isWaitingAt(ChatProcess.SEND_CLOSING_NOTICE);
		assertThat(chats.find(chatId(chat)).orElseThrow().closedBy()).isEqualTo(ChatChannel.ClosedBy.EXPIRED);
	}

	@Test
	void a_delivery_in_an_mvc_chat_on_the_older_model_moves_its_closing_to_the_postnatal_visit() {
		ProcessInstance mvc = aChatOnTheOlderModel(rules.enrollment(anMvcEnrollment(LocalDate.of(2027, 5, 1))),
				Instant.parse("2027-07-24T22:00:00Z"));
		EngineClock.setTo("2027-04-21T08:00:00Z");

		deliveries.registerDelivery(chats.find(chatId(mvc)).orElseThrow(), new Deliveries.Delivery(
				Personnummer.parse("20270420-1231", CareTime.today()), LocalDate.of(2027, 4, 20), careUnits.get("bvc-gavle"),
				List.of(Personnummer.parse(ChatFixtures.MOTHER, CareTime.today()))));

		// 2027-04-20 + 12 weeks (chat-duration.dmn, after the delivery) = 2027-07-13, open through that day
		assertThat(mvc).hasPassed("closeAfterPostnatalVisit").isWaitingAt(ChatProcess.CHAT_EXPIRES);
		assertThat(chats.find(chatId(mvc)).orElseThrow().expiresAt()).isEqualTo("2027-07-13T22:00:00Z");
		assertThat(job(ChatProcess.CHAT_EXPIRES, mvc).getDuedate()).isEqualTo(Date.from(Instant.parse("2027-07-13T22:00:00Z")));
	}

	private ProcessInstance aUmChatOnTheOlderModel() {
		return aChatOnTheOlderModel(rules.enrollment(anUmEnrollment()), Instant.parse("2027-11-23T09:00:00Z"));
	}

	/** As the older model left a chat after "Öppna chattkanalen": the channel open, the times also in variables. */
	private ProcessInstance aChatOnTheOlderModel(Enrollment enrollment, Instant expiresAt) {
		String chatId = "older-model-" + enrollment.careType();
		chats.register(chatId, enrollment.unit().id(), enrollment.careType(), enrollment.patient(), enrollment.email(),
				enrollment.dueDate(), enrollment.participants(), ENROLLED);
		Map<String, Object> variables = new HashMap<>(Map.of("chatId", chatId, "unitId", enrollment.unit().id(), "careType",
				enrollment.careType().name(), "openedAt", Date.from(ENROLLED), "expiresAt", Date.from(expiresAt), "reminderAt",
				Date.from(expiresAt.minus(Duration.ofDays(14)))));
		if (enrollment.dueDate() != null) {
			variables.put("dueDate", enrollment.dueDate().toString());
		}
		ProcessInstance chat = runtimeService().createProcessInstanceById(older.getId()).businessKey(chatId).setVariables(variables)
			.startBeforeActivity("chatOpenLoop")
			.execute();
		chats.open(chatId, chat.getId(), ENROLLED, expiresAt);
		return chat;
	}

	private void migrateToTheCurrentVersion() {
		ResponseEntity<Map> response = http.withBasicAuth("processagare", "demo").postForEntity("/api/admin/migrations",
				Map.of("processDefinitionKey", ChatProcess.KEY, "sourceVersion", older.getVersion(), "targetVersion", current.getVersion(),
						"dryRun", false, "mappings", List.of()), Map.class);
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
		String batchId = (String) ((Map<?, ?>) ((List<?>) response.getBody().get("sources")).get(0)).get("batchId");
		Batch batch = managementService().createBatchQuery().batchId(batchId).singleResult();
		managementService().executeJob(managementService().createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).singleResult().getId());
		managementService().createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list()
			.forEach(migration -> managementService().executeJob(migration.getId()));
	}

	private String chatId(ProcessInstance chat) {
		return (String) runtimeService().getVariable(chat.getId(), "chatId");
	}

}
