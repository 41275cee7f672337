package se.vardflode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.vardflode.triage.CallBackFixtures;

/** The embedded default keeps its work on disk: a running process is still there after a stop and a start. */
class RestartTest {

	@TempDir
	Path dataDirectory;

	@Test
	void a_running_call_back_survives_a_restart_on_the_file_database() {
		String instanceId;
		try (ConfigurableApplicationContext app = start()) {
			instanceId = CallBackFixtures.adviceLinePromisesCallBack(app.getBean(RuntimeService.class), Instant.now(), Duration.ofDays(1)).getId();
		}

		try (ConfigurableApplicationContext app = start()) {
			assertThat(app.getBean(RuntimeService.class).createProcessInstanceQuery().processInstanceId(instanceId).count()).isEqualTo(1);
			assertThat(app.getBean(TaskService.class).createTaskQuery().processInstanceId(instanceId).singleResult().getName())
				.isEqualTo("Ring upp patienten");
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(VardflodeApplication.class).run(
				"--server.port=0",
				// the webapps keep JVM-wide state that a second instance's shutdown would clear for the cached tests
				"--camunda.bpm.webapp.enabled=false",
				"--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("vardflode") + ";DB_CLOSE_ON_EXIT=FALSE",
				// its own engine name (the starter ignores names with "-"), so that closing it leaves the cached test contexts' engine registered
				"--camunda.bpm.process-engine-name=restarted");
	}

}
