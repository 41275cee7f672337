package se.vardflode;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What {@link VardflodeTest} and {@link PostgresTest} do around each test: bind camunda-bpm-assert to the context's
 * engine and empty the {@link Mailbox} before; put the {@link EngineClock} back and delete what the test left running
 * after — every process instance (without running listeners), the chat tables' rows and the patients' messages
 * ({@link Inboxes}). A class with
 * {@code @TestInstance(PER_CLASS)} builds its data once for all its tests ({@code @BeforeAll}), so it is cleaned up
 * once, after all of them.
 */
public class ProcessHarness implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		Mailbox.get().clear();
		if (perClass(context)) {
			AbstractAssertions.init(registered(engine(context)));
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		AbstractAssertions.init(registered(engine(context)));
		if (!perClass(context)) {
			Mailbox.get().clear();
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		EngineClock.reset();
		if (!perClass(context)) {
			cleanUp(context);
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		EngineClock.reset();
		if (perClass(context)) {
			cleanUp(context);
		}
	}

	private static boolean perClass(ExtensionContext context) {
		return context.getTestInstanceLifecycle().orElse(Lifecycle.PER_METHOD) == Lifecycle.PER_CLASS;
	}

	/**
	 * The REST API and the webapps find their engine by name in Camunda's static registry ({@link ProcessEngines}), one
	 * per JVM: another test's context that started later took the name over, and when it closed
	 * ({@code @DirtiesContext}) it left no engine under it, so the webapps' login of this context answered 500.
	 */
	private static ProcessEngine registered(ProcessEngine engine) {
		if (ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
			ProcessEngines.registerProcessEngine(engine);
		}
		return engine;
	}

	private static ProcessEngine engine(ExtensionContext context) {
		return spring(context).getBean(ProcessEngine.class);
	}

	private static ApplicationContext spring(ExtensionContext context) {
		return SpringExtension.getApplicationContext(context);
	}

	private static void cleanUp(ExtensionContext context) {
		Mailbox.get();
		RuntimeService runtimeService = engine(context).getRuntimeService();
		// a called instance goes with its caller: delete the callers first, then what is left
		runtimeService.createProcessInstanceQuery().list().stream()
			.filter(instance -> runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0)
			.forEach(instance -> runtimeService.deleteProcessInstanceIfExists(instance.getId(), "test clean-up", true, true, true, false));
		JdbcClient jdbc = spring(context).getBean(JdbcClient.class);
		jdbc.sql("delete from chat_participant").update();
		jdbc.sql("delete from chat_channel").update();
		jdbc.sql("delete from patient_message").update();
	}

}
