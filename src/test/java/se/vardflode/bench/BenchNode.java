package se.vardflode.bench;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.vardflode.VardflodeApplication;

/**
 * One application node: the whole Vårdflöde application (web server, engine, REST API, job executor) started in
 * this JVM against the given database. Several nodes may run at once on one database, as in production behind a
 * load balancer; each gets its own engine name and host name, so the job log tells which node ran a job.
 */
final class BenchNode implements AutoCloseable {

	/** Which configuration the node runs: the starter's defaults, or the project's production profile. */
	enum Configuration {
		/** Camunda Spring Boot starter and Spring Boot defaults: only the settings every profile shares. */
		STOCK,
		/** The production profile, {@code application-postgres.yaml}, with its tuning. */
		TUNED
	}

	private final String name;
	private final ConfigurableApplicationContext context;

	private BenchNode(String name, ConfigurableApplicationContext context) {
		this.name = name;
		this.context = context;
	}

	/**
	 * Starts a node with its job executor paused, so that a scenario first creates its work and then lets the
	 * executor loose on it ({@link #startJobExecutor()}). The demo region's units and staff exist in both
	 * configurations (the {@code default} profile's seeder); its H2 URL is replaced by the benchmark database.
	 */
	static BenchNode start(String name, Configuration configuration, BenchDatabase.Login database) {
		List<String> args = new ArrayList<>(List.of(
				"--spring.profiles.active=" + (configuration == Configuration.TUNED ? "default,postgres" : "default"),
				"--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(),
				"--camunda.bpm.process-engine-name=" + name,
				"--camunda.bpm.generic-properties.properties.hostname=" + name,
				"--camunda.bpm.job-execution.enabled=true",
				"--server.port=0",
				"--spring.main.banner-mode=off",
				// one INFO line per enrollment and mail would measure the console, the same in both configurations
				"--logging.level.root=WARN"));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(VardflodeApplication.class)
			.run(args.toArray(String[]::new));
		BenchNode node = new BenchNode(name, context);
		node.jobExecutor().shutdown();
		return node;
	}

	String name() {
		return name;
	}

	String baseUrl() {
		return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
	}

	ProcessEngine engine() {
		return context.getBean(ProcessEngine.class);
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	JobExecutor jobExecutor() {
		return ((ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration()).getJobExecutor();
	}

	void startJobExecutor() {
		jobExecutor().start();
	}

	@Override
	public void close() {
		context.close();
	}

}
