package se.vardflode.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import se.vardflode.VardflodeTest;

/** The operational metrics are for the process owner, and they follow the engine. */
@VardflodeTest
class OperationalMetricsTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void prometheus_shows_processes_tasks_jobs_incidents_and_mail() {
		String metrics = scrape();

		assertThat(metrics).contains("vardflode_process_instances_started{processKey=\"referral-routing\"}",
				"vardflode_process_instances_running{processKey=\"promised-call-back\"}", "vardflode_jobs_due ", "vardflode_jobs_failed ",
				"vardflode_incidents_open ", "vardflode_mail_sent_total", "vardflode_mail_failed_total");
	}

	@Test
	void open_tasks_per_unit_follow_the_engine() {
		double before = openTasks("bvc-gavle");
		Task task = taskService().newTask();
		task.setName("Hembesök");
		taskService().saveTask(task);
		taskService().addCandidateGroup(task.getId(), "bvc-gavle");
		try {
			assertThat(openTasks("bvc-gavle")).isEqualTo(before + 1);
		}
		finally {
			taskService().deleteTask(task.getId(), true);
		}
	}

	@Test
	void only_the_process_owner_may_scrape() {
		assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(http.withBasicAuth("bvc.karin", "demo").getForEntity("/actuator/prometheus", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	private double openTasks(String unit) {
		Matcher value = Pattern.compile("vardflode_tasks_open\\{candidateGroup=\"" + unit + "\"} (\\S+)").matcher(scrape());
		assertThat(value.find()).isTrue();
		return Double.parseDouble(value.group(1));
	}

	private String scrape() {
		var response = http.withBasicAuth("processagare", "demo").getForEntity("/actuator/prometheus", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

}
