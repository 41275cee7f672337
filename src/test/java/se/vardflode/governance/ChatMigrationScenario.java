package se.vardflode.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vardflode.EngineClock;
import se.vardflode.Jobs;
import se.vardflode.Mailbox;

/**
 * Twenty UM chats on version 1 of chat-enrollment.bpmn — twelve waiting for the reminder, eight with the task
 * "Förläng eller stäng chatten" open — move to a version 2 that renamed that task and added a step after closing,
 * through the process owners' migration API; then their timers fire on version 2 and every mail goes out once.
 * Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class ChatMigrationScenario {

	static final String KEY = "chat-enrollment";
	static final String DEPLOYMENT = "chat-enrollment-migration-test";
	static final Instant ENROLLED = Instant.parse("2026-11-23T09:00:00Z");
	static final Instant REMINDER_DUE = Instant.parse("2027-11-09T09:00:01Z");
	static final Instant EXPIRED = Instant.parse("2027-11-23T09:00:01Z");

	final Mailbox mailbox = Mailbox.get();

	@Autowired
	TestRestTemplate http;
	@Autowired
	JdbcClient jdbc;

	final List<String> chatIds = new ArrayList<>();

	@BeforeEach
	void setClock() {
		EngineClock.setTo(ENROLLED);
	}

	@AfterEach
	void cleanUp() {
		repositoryService().createDeploymentQuery().deploymentName(DEPLOYMENT).list()
			.forEach(deployment -> repositoryService().deleteDeployment(deployment.getId(), true));
		for (String chatId : chatIds) {
			jdbc.sql("delete from chat_participant where chat_id = ?").param(chatId).update();
			jdbc.sql("delete from chat_channel where id = ?").param(chatId).update();
		}
	}

	@Test
	void running_chats_move_to_the_new_version_keeping_their_timers_and_variables() throws IOException {
		int version1 = repositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult().getVersion();
		List<String> instances = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			instances.add(enroll(LocalDate.of(2009, 1, i)));
		}
		instances.forEach(instance -> Jobs.runAsyncContinuations(instance));
		List<String> withExtensionTask = instances.subList(0, 8);
		List<String> waitingForReminder = instances.subList(8, 20);
		EngineClock.setTo(REMINDER_DUE);
		withExtensionTask.forEach(instance -> runJobAt(instance, "reminderDue"));
		Date armedReminder = job(waitingForReminder.get(0), "reminderDue").getDuedate();
		deployVersion2();

		MigrationReport withoutMapping = migrate(version1, true, List.of());
		assertThat(withoutMapping.sources()).singleElement().satisfies(source -> {
			assertThat(source.instances()).isEqualTo(20);
			assertThat(source.notMigratable()).extracting(MigrationReport.Refusal::processInstanceId)
				.containsExactlyInAnyOrderElementsOf(withExtensionTask);
			assertThat(source.notMigratable()).allSatisfy(refusal -> assertThat(refusal.reasons()).isNotEmpty());
		});
		List<MigrationRequest.ActivityMapping> rename = List.of(new MigrationRequest.ActivityMapping("extendOrCloseChat", "decideExtension"));
		MigrationReport dryRun = migrate(version1, true, rename);
		assertThat(dryRun.sources().get(0).migratable()).isEqualTo(20);
		assertThat(dryRun.sources().get(0).batchId()).isNull();
		assertThat(onVersion(version1)).isEqualTo(20);

		executeBatch(migrate(version1, false, rename).sources().get(0).batchId());

		assertThat(onVersion(version1)).isZero();
		assertThat(onVersion(version1 + 1)).isEqualTo(20);
		assertThat(job(waitingForReminder.get(0), "reminderDue").getDuedate()).isEqualTo(armedReminder);
		assertThat(runtimeService().getVariable(waitingForReminder.get(0), "unitId")).isEqualTo("um-gavle");
		assertThat(runtimeService().getActiveActivityIds(withExtensionTask.get(0))).contains("decideExtension");
		waitingForReminder.forEach(instance -> {
			runJobAt(instance, "reminderDue");
			assertThat(runtimeService().getActiveActivityIds(instance)).contains("decideExtension", "chatExpires");
		});
		EngineClock.setTo(EXPIRED);
		withExtensionTask.forEach(instance -> {
			runJobAt(instance, "chatExpires");
			assertThat(runtimeService().getActiveActivityIds(instance)).containsExactly("followUpClosedChat");
		});
		// welcome mails (20), reminders (8 before and 12 after the migration), closing notices (8): each once
		assertThat(mailbox.received()).hasSize(48);
		instances.forEach(instance -> assertThat(runtimeService().createIncidentQuery().processInstanceId(instance).count()).isZero());
	}

	/** Version 2: the staff task is renamed, and a closed chat gets an optional follow-up by the unit. */
	private void deployVersion2() throws IOException {
		String version2 = Files.readString(Path.of("processes/chat-enrollment.bpmn"))
			.replace("\"extendOrCloseChat\"", "\"decideExtension\"")
			.replace("<bpmn:sequenceFlow id=\"toChatClosed\" sourceRef=\"sendClosingNotice\" targetRef=\"chatClosed\" />",
					"<bpmn:sequenceFlow id=\"toChatClosed\" sourceRef=\"sendClosingNotice\" targetRef=\"followUpClosedChat\" />"
							+ "<bpmn:userTask id=\"followUpClosedChat\" name=\"Följ upp stängd chatt vid behov\" camunda:candidateGroups=\"${unitId}\" />"
							+ "<bpmn:sequenceFlow id=\"toChatClosedAfterFollowUp\" sourceRef=\"followUpClosedChat\" targetRef=\"chatClosed\" />");
		assertThat(version2).contains("followUpClosedChat", "\"decideExtension\"");
		repositoryService().createDeployment().name(DEPLOYMENT).addString("chat-enrollment.bpmn", version2).deploy();
	}

	private String enroll(LocalDate birthDate) {
		ResponseEntity<Map> response = http.withBasicAuth("um.sara", "demo").postForEntity("/api/enrollments", Map.of("careType", "UM",
				"unitId", "um-gavle", "personnummer", testPersonnummer(birthDate), "email", "ung@example.se"), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		chatIds.add((String) response.getBody().get("chatId"));
		return (String) response.getBody().get("processInstanceId");
	}

	/** A made-up number in Skatteverket's test series (serial 98x) with a correct check digit. */
	private static String testPersonnummer(LocalDate birthDate) {
		String nine = "%02d%02d%02d982".formatted(birthDate.getYear() % 100, birthDate.getMonthValue(), birthDate.getDayOfMonth());
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			int product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
			sum += product / 10 + product % 10;
		}
		return birthDate.getYear() / 100 + nine.substring(0, 6) + "-" + nine.substring(6) + (10 - sum % 10) % 10;
	}

	private MigrationReport migrate(int sourceVersion, boolean dryRun, List<MigrationRequest.ActivityMapping> mappings) {
		ResponseEntity<MigrationReport> response = http.withBasicAuth("processagare", "demo").postForEntity("/api/admin/migrations",
				new MigrationRequest(KEY, sourceVersion, null, dryRun, mappings), MigrationReport.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	/** Runs the batch's seed, migration and monitor jobs as the job executor would. */
	private void executeBatch(String batchId) {
		Batch batch = managementService().createBatchQuery().batchId(batchId).singleResult();
		managementService().executeJob(managementService().createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).singleResult().getId());
		managementService().createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list()
			.forEach(job -> managementService().executeJob(job.getId()));
		managementService().executeJob(managementService().createJobQuery().jobDefinitionId(batch.getMonitorJobDefinitionId()).singleResult().getId());
	}

	private long onVersion(int version) {
		String definitionId = repositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).processDefinitionVersion(version)
			.singleResult().getId();
		return runtimeService().createProcessInstanceQuery().processDefinitionId(definitionId).count();
	}

	/** Fires the job at the activity, then the instance's asynchronous continuations (the mails) as they follow. */
	private void runJobAt(String instance, String activityId) {
		managementService().executeJob(job(instance, activityId).getId());
		Jobs.runAsyncContinuations(instance);
	}

	private Job job(String instance, String activityId) {
		Job job = managementService().createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
		assertThat(job).as("job at %s", activityId).isNotNull();
		return job;
	}

}
