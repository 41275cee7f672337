package se.vardflode.governance;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import se.vardflode.identity.CareUnits;

/** Installs the {@link DeploymentGuard} in the engine; the Camunda starter applies every plugin bean. */
@Component
class DeploymentGuardPlugin extends AbstractProcessEnginePlugin {

	private final ListableBeanFactory beans;
	private final CareUnits careUnits;

	DeploymentGuardPlugin(ListableBeanFactory beans, CareUnits careUnits) {
		this.beans = beans;
		this.careUnits = careUnits;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<Deployer> preDeployers = new ArrayList<>();
		if (configuration.getCustomPreDeployers() != null) {
			preDeployers.addAll(configuration.getCustomPreDeployers());
		}
		preDeployers.add(new DeploymentGuard(new ModelPolicy(new ExpressionPolicy(modelCallableMethods())), careUnits));
		configuration.setCustomPreDeployers(preDeployers);
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
