package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static se.vardflode.patient.PatientTaskFixtures.TOLVAN;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.vardflode.EngineClock;
import se.vardflode.VardflodeTest;
import se.vardflode.kernel.Personnummer;
import se.vardflode.triage.CallBackFixtures;

/**
 * PDL through the engine, as issue 15 found it missing: every path by which staff read a patient's data from the
 * engine — own unit included — writes one row in the access log, in the read's transaction; reads of data about no
 * patient and the application's own reads write nothing. The patient is an advice-line contact registered through
 * the API, as the advice line does it.
 */
@VardflodeTest
class StaffReadAccessLogTest {

	static final String ADVICE_LINE_NURSE = "radgivning.erik";
	static final String PROCESS_OWNER = "processagare";
	static final String TRIAGE_TASK = "triageContact";
	static final String CALL_BACK_TASK = "callPatient";
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final AtomicInteger PATIENTS = new AtomicInteger();

	@LocalServerPort
	int port;
	@Autowired
	FilterService filterService;
	@Autowired
	JdbcTemplate jdbc;

	PathwayEntries entries;
	final List<String> started = new ArrayList<>();

	@BeforeEach
	void entries() {
		entries = new PathwayEntries(port);
	}

	@AfterEach
	void removeContacts() {
		entries.removeAll(runtimeService(), jdbc);
		started.forEach(instance -> runtimeService().deleteProcessInstanceIfExists(instance, "test done", true, true, true, false));
	}

	static Stream<Arguments> readPaths() {
		return Stream.of(
				Arguments.of("GET", "/engine-rest/task/{task}", null, ADVICE_LINE_NURSE),
				Arguments.of("GET", "/engine-rest/task/{task}/variables", null, ADVICE_LINE_NURSE),
				Arguments.of("GET", "/engine-rest/task/{task}/form-variables", null, ADVICE_LINE_NURSE),
				Arguments.of("GET", "/engine-rest/task/{task}/form", null, ADVICE_LINE_NURSE),
				Arguments.of("GET", "/engine-rest/engine/default/task/{task}/variables", null, ADVICE_LINE_NURSE),
				Arguments.of("GET", "/engine-rest/task/{percentEncodedTask}/variables", null, ADVICE_LINE_NURSE),
				Arguments.of("GET", "/engine-rest/task?processInstanceId={instance}", null, ADVICE_LINE_NURSE),
				Arguments.of("POST", "/engine-rest/task", "{\"processInstanceId\":\"{instance}\"}", ADVICE_LINE_NURSE),
				Arguments.of("GET", "/engine-rest/variable-instance?processInstanceIdIn={instance}", null, PROCESS_OWNER),
				Arguments.of("POST", "/engine-rest/variable-instance", "{\"processInstanceIdIn\":[\"{instance}\"]}", PROCESS_OWNER),
				Arguments.of("GET", "/engine-rest/process-instance/{instance}/variables", null, PROCESS_OWNER),
				Arguments.of("GET", "/engine-rest/execution/{instance}/localVariables", null, PROCESS_OWNER),
				Arguments.of("GET", "/engine-rest/history/variable-instance?processInstanceId={instance}", null, PROCESS_OWNER),
				Arguments.of("GET", "/engine-rest/history/detail?processInstanceId={instance}", null, PROCESS_OWNER),
				Arguments.of("GET", "/engine-rest/history/task?processInstanceId={instance}", null, PROCESS_OWNER),
				Arguments.of("GET", "/engine-rest/history/process-instance/{instance}", null, PROCESS_OWNER),
				Arguments.of("GET", "/camunda/api/engine/engine/default/task/{task}/variables", null, ADVICE_LINE_NURSE),
				Arguments.of("GET", "/camunda/api/engine/engine/default/task/{task}/form-variables", null, ADVICE_LINE_NURSE));
	}

	@ParameterizedTest(name = "{0} {1} as {3}")
	@MethodSource("readPaths")
	void every_read_path_writes_one_row_naming_reader_patient_command_and_path(String method, String template, String body, String reader) {
		String instance = triageContactFor(TOLVAN);
		String task = taskOf(instance, TRIAGE_TASK).getId();
		String path = template.replace("{task}", task).replace("{percentEncodedTask}", percentEncoded(task)).replace("{instance}", instance);
		StaffHttp staff = path.startsWith("/camunda/") ? StaffHttp.tasklistSession(port, reader) : StaffHttp.basic(port, reader);
		long mark = lastRow();

		HttpResponse<String> read = "GET".equals(method) ? staff.get(path) : staff.postJson(path, body.replace("{instance}", instance));

		assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
		assertThat(read.body()).isNotIn("[]", "{}");
		assertThat(rowsAfter(mark)).singleElement().satisfies(row -> {
			assertThat(row.actor()).isEqualTo(reader);
			assertThat(row.actorType()).isEqualTo("STAFF");
			assertThat(row.patient()).isEqualTo(TOLVAN.value());
			assertThat(row.action()).isEqualTo(PatientAuditLog.Action.ENGINE_ACCESS.name());
			assertThat(row.what()).isNotBlank();
			assertThat(row.path()).isEqualTo(method + " " + path.replaceFirst("\\?.*", ""));
		});
	}

	@Test
	void a_nurse_reading_her_own_units_triage_task_is_logged() {
		String instance = triageContactFor(TOLVAN);
		Task triage = taskOf(instance, TRIAGE_TASK);
		long mark = lastRow();

		HttpResponse<String> read = StaffHttp.basic(port, ADVICE_LINE_NURSE).get("/engine-rest/task/" + triage.getId() + "/variables");

		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains(TOLVAN.value(), PathwayEntries.PATIENT_EMAIL, PathwayEntries.CONTACT_REASON);
		assertThat(rowsAfter(mark)).containsExactly(new Row(ADVICE_LINE_NURSE, "STAFF", TOLVAN.value(), "ENGINE_ACCESS", "GetTaskVariables",
				"GET /engine-rest/task/" + triage.getId() + "/variables", triage.getId()));
	}

	@Test
	void a_task_list_of_several_patients_is_one_row_per_patient() {
		Personnummer first = anotherPatient();
		Personnummer second = anotherPatient();
		String firsts = triageContactFor(first);
		String seconds = triageContactFor(second);
		long mark = lastRow();

		HttpResponse<String> list = StaffHttp.basic(port, ADVICE_LINE_NURSE)
			.get("/engine-rest/task?candidateGroup=radgivning&processInstanceIdIn=" + firsts + "," + seconds);

		assertThat(json(list.body()).findValuesAsText("id")).hasSize(2);
		assertThat(rowsAfter(mark)).extracting(Row::patient).containsExactlyInAnyOrder(first.value(), second.value());
		assertThat(rowsAfter(mark)).allSatisfy(row -> {
			assertThat(row.what()).isEqualTo("TaskQuery");
			assertThat(row.path()).isEqualTo("GET /engine-rest/task");
		});
	}

	@Test
	void tasklists_own_list_of_the_units_tasks_logs_each_patient_once() {
		Personnummer first = anotherPatient();
		Personnummer second = anotherPatient();
		String firsts = triageContactFor(first);
		triageContactFor(second);
		StaffHttp tasklist = StaffHttp.tasklistSession(port, ADVICE_LINE_NURSE);
		long mark = lastRow();

		HttpResponse<String> list = tasklistList(tasklist);

		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(taskOf(firsts, TRIAGE_TASK).getId());
		List<Row> rows = rowsAfter(mark);
		assertThat(rows).extracting(Row::patient).contains(first.value(), second.value()).doesNotHaveDuplicates();
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.actor()).isEqualTo(ADVICE_LINE_NURSE);
			assertThat(row.what()).isEqualTo("ExecuteFilterListPage");
		});
	}

	@Test
	void tasklist_reloading_its_list_every_ten_seconds_logs_a_patient_again_after_ten_minutes() {
		Personnummer patient = anotherPatient();
		triageContactFor(patient);
		StaffHttp tasklist = StaffHttp.tasklistSession(port, ADVICE_LINE_NURSE);
		long mark = lastRow();
		Instant now = Instant.now();
		try {
			EngineClock.setTo(now);
			tasklistList(tasklist);
			EngineClock.setTo(now.plusSeconds(10));
			tasklistList(tasklist);
			assertThat(rowsAfter(mark)).filteredOn(row -> row.patient().equals(patient.value())).hasSize(1);

			EngineClock.setTo(now.plus(Duration.ofMinutes(10)).plusSeconds(1));
			tasklistList(tasklist);
		}
		finally {
			EngineClock.reset();
		}

		assertThat(rowsAfter(mark)).filteredOn(row -> row.patient().equals(patient.value())).hasSize(2);
	}

	@Test
	void a_tasks_own_reads_are_logged_each_time_however_soon() {
		String instance = triageContactFor(anotherPatient());
		String path = "/engine-rest/task/" + taskOf(instance, TRIAGE_TASK).getId() + "/variables";
		StaffHttp nurse = StaffHttp.basic(port, ADVICE_LINE_NURSE);
		long mark = lastRow();

		nurse.get(path);
		nurse.get(path);

		assertThat(rowsAfter(mark)).hasSize(2);
	}

	@Test
	void a_tasklist_list_of_many_patients_is_one_lookup_and_one_insert_not_one_per_task() {
		List<Personnummer> patients = IntStream.range(0, 20).mapToObj(i -> anotherPatient()).toList();
		patients.forEach(entries::triageContact);
		StaffHttp tasklist = StaffHttp.tasklistSession(port, ADVICE_LINE_NURSE);
		long mark = lastRow();
		// H2 counts the executions of each statement it runs
		jdbc.execute("set query_statistics_max_entries 10000");
		jdbc.execute("set query_statistics true");
		long lookups;
		long inserts;
		try {
			long lookupsBefore = executions("select process_instance_id, patient_reference from patient_process_instance%");
			long insertsBefore = executions("insert into patient_audit_log%");

			HttpResponse<String> list = tasklistList(tasklist);

			assertThat(list.statusCode()).isEqualTo(200);
			lookups = executions("select process_instance_id, patient_reference from patient_process_instance%") - lookupsBefore;
			inserts = executions("insert into patient_audit_log%") - insertsBefore;
		}
		finally {
			jdbc.execute("set query_statistics false");
		}

		assertThat(rowsAfter(mark)).extracting(Row::patient).containsAll(patients.stream().map(Personnummer::value).toList());
		assertThat(lookups).isEqualTo(1);
		assertThat(inserts).isEqualTo(1);
	}

	private long executions(String statement) {
		return jdbc.queryForObject("select coalesce(sum(execution_count), 0) from information_schema.query_statistics"
				+ " where lower(sql_statement) like ?", Long.class, statement);
	}

	/** Tasklist's list of the nurse's filter "Min enhet – Rådgivningen", as Tasklist asks for it. */
	private HttpResponse<String> tasklistList(StaffHttp tasklist) {
		String filter = filterService.createFilterQuery().filterName("Min enhet – Rådgivningen").singleResult().getId();
		return tasklist.postJson("/camunda/api/engine/engine/default/filter/" + filter + "/list?firstResult=0&maxResults=50", "{}",
				"application/hal+json");
	}

	/** A patient of this test alone: one of Skatteverket's test numbers (serial 980), born a day after the last. */
	private static Personnummer anotherPatient() {
		return testPersonnummer(LocalDate.of(1985, 1, 1).plusDays(PATIENTS.getAndIncrement()));
	}

	/** Skatteverket's test series (serial numbers 980–999): never a real person's number. */
	private static Personnummer testPersonnummer(LocalDate birthDate) {
		String nine = "%02d%02d%02d980".formatted(birthDate.getYear() % 100, birthDate.getMonthValue(), birthDate.getDayOfMonth());
		int sum = 0;
		for (int i = 0; i < nine.length(); i++) {
			int product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
			sum += product > 9 ? product - 9 : product;
		}
		return Personnummer.parse(birthDate.getYear() + nine.substring(2) + (10 - sum % 10) % 10);
	}

	@Test
	void the_call_back_promised_at_a_triage_contact_is_the_triage_patients() {
		String instance = triageContactWithCallBackFor(TOLVAN);
		Task callBack = taskService().createTaskQuery().taskDefinitionKey(CALL_BACK_TASK).processInstanceBusinessKey(businessKeyOf(instance))
			.singleResult();
		long mark = lastRow();

		HttpResponse<String> read = StaffHttp.basic(port, ADVICE_LINE_NURSE).get("/engine-rest/task/" + callBack.getId() + "/variables");

		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(rowsAfter(mark)).extracting(Row::patient).containsExactly(TOLVAN.value());
	}

	@Test
	void the_history_of_a_finished_instance_still_names_its_patient() {
		String instance = triageContactFor(TOLVAN);
		runtimeService().deleteProcessInstance(instance, "kontakten avslutad");
		long mark = lastRow();

		HttpResponse<String> read = StaffHttp.basic(port, PROCESS_OWNER).get("/engine-rest/history/variable-instance?processInstanceId=" + instance);

		assertThat(read.body()).contains(PathwayEntries.CONTACT_REASON);
		assertThat(rowsAfter(mark)).extracting(Row::patient, Row::what)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(TOLVAN.value(), "HistoricVariableInstanceQuery"));
	}

	@Test
	void a_task_about_no_patient_writes_nothing() {
		ProcessInstance reminder = CallBackFixtures.adviceLinePromisesCallBack(runtimeService(), Instant.now(), Duration.ofHours(2));
		started.add(reminder.getId());
		Task callBack = taskService().createTaskQuery().processInstanceId(reminder.getId()).singleResult();
		long mark = lastRow();

		HttpResponse<String> read = StaffHttp.basic(port, ADVICE_LINE_NURSE).get("/engine-rest/task/" + callBack.getId() + "/variables");

		assertThat(read.body()).contains("Oro efter samtal med rådgivningen");
		assertThat(rowsAfter(mark)).isEmpty();
	}

	@Test
	void the_applications_own_reads_without_an_engine_user_write_nothing() {
		String instance = triageContactFor(TOLVAN);
		long mark = lastRow();

		Map<String, Object> variables = taskService().getVariables(taskOf(instance, TRIAGE_TASK).getId());
		historyService().createHistoricVariableInstanceQuery().processInstanceId(instance).list();

		assertThat(variables).containsEntry("personnummer", TOLVAN.value());
		assertThat(rowsAfter(mark)).isEmpty();
	}

	@Test
	void a_read_that_cannot_be_logged_is_not_answered() {
		String instance = triageContactFor(TOLVAN);
		String task = taskOf(instance, TRIAGE_TASK).getId();
		StaffHttp nurse = StaffHttp.basic(port, ADVICE_LINE_NURSE);
		long mark = lastRow();
		// the fault, for real: the database refuses this task's log rows
		jdbc.execute("alter table patient_audit_log add constraint audit_refused check (task_id is null or task_id <> '" + task + "')");
		HttpResponse<String> refused;
		try {
			refused = nurse.get("/engine-rest/task/" + task + "/variables");
		}
		finally {
			jdbc.execute("alter table patient_audit_log drop constraint audit_refused");
		}

		assertThat(refused.statusCode()).isEqualTo(500);
		assertThat(refused.body()).doesNotContain(TOLVAN.value(), "Nedstämd");
		assertThat(rowsAfter(mark)).isEmpty();
		assertThat(nurse.get("/engine-rest/task/" + task + "/variables").body()).contains(TOLVAN.value());
		assertThat(rowsAfter(mark)).hasSize(1);
	}

	private String triageContactFor(Personnummer patient) {
		return entries.triageContact(patient);
	}

	private String triageContactWithCallBackFor(Personnummer patient) {
		return entries.triageContactWithCallBack(patient);
	}

	private Task taskOf(String instance, String taskKey) {
		return taskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
	}

	private String businessKeyOf(String instance) {
		return runtimeService().createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
	}

	private static JsonNode json(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(body, ex);
		}
	}

	private static String percentEncoded(String id) {
		return id.chars().mapToObj(c -> "%%%02X".formatted(c)).collect(Collectors.joining());
	}

	record Row(String actor, String actorType, String patient, String action, String what, String path, String taskId) {
	}

	private long lastRow() {
		return jdbc.queryForObject("select coalesce(max(id), 0) from patient_audit_log", Long.class);
	}

	private List<Row> rowsAfter(long mark) {
		return jdbc.query("select actor, actor_type, patient_reference, action, what, access_path, task_id from patient_audit_log"
				+ " where id > ? order by id", (row, i) -> new Row(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
						row.getString(5), row.getString(6), row.getString(7)), mark);
	}

}
