package se.vardflode.patient;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * PDL in the engine, installed before it is built (the Camunda starter applies every plugin bean): every process
 * records its patient as it starts ({@link ProcessPatientListener}), and every command, on both of the engine's
 * transaction chains, logs what its staff user loaded ({@link StaffEngineReads}) inside its command context.
 */
@Component
class StaffReadAuditPlugin extends AbstractProcessEnginePlugin {

	private final ProcessPatientListener processPatientListener;
	private final StaffEngineReads staffEngineReads;

	/**
	 * Lazy: the engine is built before Flyway migrates (EngineSchemaBeforeMigrations), and Spring Boot makes every
	 * JDBC template wait for Flyway; the tables are first used by a command, long after both.
	 */
	StaffReadAuditPlugin(@Lazy ProcessPatients processPatients, @Lazy PatientAuditLog auditLog, AccessLogSettings settings) {
		this.processPatientListener = new ProcessPatientListener(processPatients);
		this.staffEngineReads = new StaffEngineReads(processPatients, auditLog, settings.tasklistRefreshWindow());
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setCustomPostCommandInterceptorsTxRequired(
				withInterceptor(configuration.getCustomPostCommandInterceptorsTxRequired()));
		configuration.setCustomPostCommandInterceptorsTxRequiresNew(
				withInterceptor(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
		List<BpmnParseListener> parseListeners = new ArrayList<>();
		if (configuration.getCustomPostBPMNParseListeners() != null) {
			parseListeners.addAll(configuration.getCustomPostBPMNParseListeners());
		}
		parseListeners.add(new AbstractBpmnParseListener() {

			@Override
			public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
				processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, processPatientListener);
			}

		});
		configuration.setCustomPostBPMNParseListeners(parseListeners);
	}

	private List<CommandInterceptor> withInterceptor(List<CommandInterceptor> configured) {
		List<CommandInterceptor> interceptors = configured == null ? new ArrayList<>() : new ArrayList<>(configured);
		interceptors.add(staffEngineReads.interceptor());
		return interceptors;
	}

}
