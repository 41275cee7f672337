package se.vardflode.governance;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import se.vardflode.identity.CareUnits;

/**
 * Limits what the engine will execute, in the engine, so that every path (REST, webapps, Java API) meets the same
 * limits: the {@link DeploymentGuard} before the engine's own deployers; CMMN off (it has no authorization checks, so
 * any staff member could create any case, and Vårdflöde has no cases); the {@link TaskQueryExpressionGuard} in the
 * command chain; and Object variables only of {@link AllowedObjectTypes}, on reading (the engine's deserialization
 * type validation) and on writing ({@link ObjectTypeCheckingSerializers}). The Camunda starter applies every plugin bean.
 */
@Component
class GovernancePlugin extends AbstractProcessEnginePlugin {

	private final ListableBeanFactory beans;
	private final CareUnits careUnits;
	private final DeploymentSettings settings;
	private final AllowedObjectTypes objectTypes = new AllowedObjectTypes();

	GovernancePlugin(ListableBeanFactory beans, CareUnits careUnits, DeploymentSettings settings) {
		this.beans = beans;
		this.careUnits = careUnits;
		this.settings = settings;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setCmmnEnabled(false);
		configuration.setDeserializationTypeValidationEnabled(true);
		configuration.setDeserializationTypeValidator(objectTypes);

		List<Deployer> preDeployers = new ArrayList<>();
		if (configuration.getCustomPreDeployers() != null) {
			preDeployers.addAll(configuration.getCustomPreDeployers());
		}
		ModelPolicy models = new ModelPolicy(ExpressionPolicy.forModels(modelCallableMethods()));
		preDeployers.add(new DeploymentGuard(models, new FormPolicy(), careUnits, settings));
		configuration.setCustomPreDeployers(preDeployers);

		// after the interceptor that opens the command context: the guard loads a filter's stored query
		configuration.setCustomPostCommandInterceptorsTxRequired(
				withQueryGuard(configuration.getCustomPostCommandInterceptorsTxRequired()));
		configuration.setCustomPostCommandInterceptorsTxRequiresNew(
				withQueryGuard(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		// the serializers exist only once the engine has initialised them, the Spin plugin's JSON serializer included
		configuration.setVariableTypes(new ObjectTypeCheckingSerializers(configuration.getVariableSerializers(), objectTypes));
	}

	private static List<CommandInterceptor> withQueryGuard(List<CommandInterceptor> interceptors) {
		List<CommandInterceptor> all = new ArrayList<>(interceptors == null ? List.of() : interceptors);
		all.add(new TaskQueryExpressionGuard());
		return all;
	}

	/** {@code beanName.method} of every {@link ModelCallable} method, found by bean type without creating beans. */
	private Set<String> modelCallableMethods() {
		Set<String> callable = new HashSet<>();
		for (String name : beans.getBeanDefinitionNames()) {
			Class<?> type = beans.getType(name, false);
			type = type == null ? null : ClassUtils.getUserClass(type);
			if (type == null || !type.getName().startsWith("se.vardflode.")) {
				continue;
			}
			for (Method method : type.getMethods()) {
				if (method.isAnnotationPresent(ModelCallable.class)) {
					callable.add(name + "." + method.getName());
				}
			}
		}
		return callable;
	}

}
