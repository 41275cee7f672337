package se.vardflode.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.TestSmtp;

/**
 * Twenty running call-backs on version 1 (waiting for the call with the timer armed, waiting for the mail job,
 * waiting at the overdue call) move to a version 2 that renamed the call task and added an optional step.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InstanceMigrationTest {

	static final String KEY = "call-back-migration";

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

	@Autowired
	TestRestTemplate http;
	@Autowired
	RepositoryService repositoryService;
	@Autowired
	RuntimeService runtimeService;
	@Autowired
	TaskService taskService;
	@Autowired
	ManagementService managementService;

	Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@BeforeEach
	void setClock() {
		ClockUtil.setCurrentTime(Date.from(now));
	}

	@AfterEach
	void cleanUp() {
		ClockUtil.reset();
		repositoryService.createDeploymentQuery().deploymentName(KEY).list()
			.forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
	}

	@Test
	void running_instances_move_to_the_new_version_keeping_their_timers_and_variables() throws IOException {
		String version1 = Files.readString(Path.of("processes/promised-call-back.bpmn")).replace("\"promised-call-back\"", "\"" + KEY + "\"");
		deploy(version1);
		List<ProcessInstance> waitingForCall = IntStream.range(0, 10).mapToObj(i -> start(Duration.ofHours(2))).toList();
		List<ProcessInstance> waitingForMail = IntStream.range(0, 5).mapToObj(i -> start(Duration.ofMinutes(30))).toList();
		List<ProcessInstance> overdue = IntStream.range(0, 5).mapToObj(i -> start(Duration.ofMinutes(30))).toList();
		ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofHours(1))));
		Stream.concat(waitingForMail.stream(), overdue.stream()).forEach(instance -> managementService.executeJob(timer(instance).getId()));
		overdue.forEach(instance -> managementService.executeJob(job(instance).getId()));
		Date armedTimer = timer(waitingForCall.get(0)).getDuedate();
		deploy(version2(version1));

		MigrationReport withoutMapping = migrate(true, List.of());
		assertThat(withoutMapping.sources()).singleElement().satisfies(source -> {
			assertThat(source.instances()).isEqualTo(20);
			assertThat(source.notMigratable()).hasSize(10).allSatisfy(refusal -> assertThat(refusal.reasons()).isNotEmpty());
			assertThat(source.notMigratable()).extracting(MigrationReport.Refusal::processInstanceId)
				.containsExactlyInAnyOrderElementsOf(waitingForCall.stream().map(ProcessInstance::getId).toList());
		});
		List<MigrationRequest.ActivityMapping> rename = List.of(new MigrationRequest.ActivityMapping("callPatient", "callPatientInTime"));
		MigrationReport dryRun = migrate(true, rename);
		assertThat(dryRun.sources().get(0).migratable()).isEqualTo(20);
		assertThat(dryRun.sources().get(0).batchId()).isNull();
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(definition(1).getId()).count()).isEqualTo(20);

		MigrationReport done = migrate(false, rename);
		executeBatch(done.sources().get(0).batchId());

		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(definition(2).getId()).count()).isEqualTo(20);
		assertThat(timer(waitingForCall.get(0)).getDuedate()).isEqualTo(armedTimer);
		assertThat(runtimeService.getVariable(waitingForCall.get(0).getId(), "unitId")).isEqualTo("radgivning");
		taskService.complete(taskService.createTaskQuery().processInstanceId(waitingForCall.get(0).getId()).singleResult().getId(),
				Map.of("patientReached", "yes", "callNote", "Ringt i tid"));
		assertThat(taskService.createTaskQuery().processInstanceId(waitingForCall.get(0).getId()).singleResult().getTaskDefinitionKey())
			.isEqualTo("bookFollowUp");
		ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofHours(3))));
		for (ProcessInstance instance : waitingForCall.subList(1, 10)) {
			managementService.executeJob(timer(instance).getId());
			assertThat(runtimeService.getActiveActivityIds(instance.getId())).containsExactly("notifyTeamOfMissedCallBack");
		}
		waitingForMail.forEach(instance -> managementService.executeJob(job(instance).getId()));
		assertThat(smtp.getReceivedMessages()).hasSize(10);
		assertThat(runtimeService.createIncidentQuery().processDefinitionId(definition(2).getId()).count()).isZero();
	}

	@Test
	void only_the_process_owner_may_migrate() {
		ResponseEntity<String> response = http.withBasicAuth("bvc.karin", "demo").postForEntity("/api/admin/migrations",
				Map.of("processDefinitionKey", "promised-call-back", "dryRun", true), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void an_unknown_process_is_a_404_problem() {
		ResponseEntity<String> response = http.withBasicAuth("processagare", "demo").postForEntity("/api/admin/migrations",
				Map.of("processDefinitionKey", "no-such-process", "dryRun", true), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
		assertThat(response.getBody()).contains("Processen no-such-process finns inte");
	}

	/** Version 2: the call task is renamed, and after an in-time call an optional follow-up booking is added. */
	private static String version2(String version1) {
		return version1.replace("\"callPatient\"", "\"callPatientInTime\"")
			.replace("<bpmn:sequenceFlow id=\"toCallMade\" sourceRef=\"callPatientInTime\" targetRef=\"callMade\" />",
					"<bpmn:sequenceFlow id=\"toCallMade\" sourceRef=\"callPatientInTime\" targetRef=\"bookFollowUp\" />"
							+ "<bpmn:userTask id=\"bookFollowUp\" name=\"Boka uppföljning vid behov\" camunda:candidateGroups=\"${unitId}\" />"
							+ "<bpmn:sequenceFlow id=\"toCallMadeAfterFollowUp\" sourceRef=\"bookFollowUp\" targetRef=\"callMade\" />");
	}

	private MigrationReport migrate(boolean dryRun, List<MigrationRequest.ActivityMapping> mappings) {
		ResponseEntity<MigrationReport> response = http.withBasicAuth("processagare", "demo").postForEntity("/api/admin/migrations",
				new MigrationRequest(KEY, 1, null, dryRun, mappings), MigrationReport.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private void executeBatch(String batchId) {
		Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
		managementService.executeJob(managementService.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).singleResult().getId());
		managementService.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list()
			.forEach(job -> managementService.executeJob(job.getId()));
		managementService.executeJob(managementService.createJobQuery().jobDefinitionId(batch.getMonitorJobDefinitionId()).singleResult().getId());
	}

	private void deploy(String xml) {
		repositoryService.createDeployment().name(KEY).addString(KEY + ".bpmn", xml).deploy();
	}

	private ProcessInstance start(Duration callBackIn) {
		return runtimeService.startProcessInstanceByKey(KEY, Map.of("unitId", "radgivning",
				"callBackAt", Date.from(now.plus(callBackIn)), "contactReason", "Oro"));
	}

	private ProcessDefinition definition(int version) {
		return repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).processDefinitionVersion(version).singleResult();
	}

	private Job timer(ProcessInstance instance) {
		return managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
	}

	private Job job(ProcessInstance instance) {
		return managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
	}

}
