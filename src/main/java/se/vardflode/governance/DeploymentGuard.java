package se.vardflode.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.vardflode.governance.Violation.Rule;
import se.vardflode.identity.CareUnits;

/**
 * Runs before the engine's own deployers on every new deployment, whatever path it came by (auto-deployment at
 * start, Modeler's deploy button through {@code /engine-rest/deployment/create}, a redeployment, the Java API), sees
 * every resource the engine's deployers will read, and refuses the whole deployment with every reason at once. Only
 * {@code .bpmn}, {@code .dmn} and {@code .form} files are accepted: the engine's deployers also parse {@code .bpmn20.xml},
 * {@code .dmn11.xml}, {@code .cmmn} and any name that merely ends in {@code bpmn} or {@code dmn}, and the webapps serve
 * other files of a deployment (embedded HTML forms) to browsers. A refusal is a {@link ParseException}, which the REST
 * API answers with 400 and the reasons per file, as Modeler shows them. Deployments already in the database are not
 * checked again when the engine loads them.
 */
class DeploymentGuard implements Deployer {

	private static final Logger log = LoggerFactory.getLogger(DeploymentGuard.class);

	private final ModelPolicy models;
	private final FormPolicy forms;
	private final CareUnits careUnits;
	private final long maxBytes;

	DeploymentGuard(ModelPolicy models, FormPolicy forms, CareUnits careUnits, DeploymentSettings settings) {
		this.models = models;
		this.forms = forms;
		this.careUnits = careUnits;
		this.maxBytes = settings.maxSize().toBytes();
	}

	@Override
	public void deploy(DeploymentEntity deployment) {
		if (!deployment.isNew()) {
			return;
		}
		List<Violation> violations = check(deployment);
		if (!violations.isEmpty()) {
			String reasons = violations.stream().map(Violation::getMessage).collect(Collectors.joining("\n"));
			log.warn("Deployment '{}' refused:\n{}", deployment.getName(), reasons);
			throw new ParseException("Driftsättningen nekades av Vårdflödes regler för modeller:\n" + reasons,
					violations.get(0).resource(), List.copyOf(violations), List.of());
		}
	}

	private List<Violation> check(DeploymentEntity deployment) {
		List<ResourceEntity> resources = List.copyOf(deployment.getResources() == null ? List.of() : deployment.getResources().values());
		long size = resources.stream().mapToLong(resource -> resource.getBytes() == null ? 0 : resource.getBytes().length).sum();
		if (size > maxBytes) {
			String name = deployment.getName() == null ? "driftsättningen" : deployment.getName();
			return List.of(Violation.ofFile(name, Rule.DEPLOYMENT_SIZE, "driftsättningen är för stor (" + size / 1024
					+ " kB; högst " + maxBytes / 1024 + " kB)"));
		}
		ModelPolicy.Context context = context(resources);
		List<Violation> violations = new ArrayList<>();
		for (ResourceEntity resource : resources) {
			String name = resource.getName();
			byte[] content = resource.getBytes() == null ? new byte[0] : resource.getBytes();
			switch (ResourceType.of(name)) {
				case BPMN -> violations.addAll(models.checkBpmn(name, content, context));
				case DMN -> violations.addAll(models.checkDmn(name, content, context));
				case FORM -> violations.addAll(forms.check(name, content));
				case OTHER -> violations.add(Violation.ofFile(name, Rule.RESOURCE_TYPE, "bara .bpmn-, .dmn- och .form-filer "
						+ "driftsätts (motorn läser även .bpmn20.xml, .dmn11.xml, .cmmn och andra filer som Vårdflöde inte granskar)"));
			}
		}
		return violations;
	}

	private ModelPolicy.Context context(List<ResourceEntity> resources) {
		CommandContext commandContext = Context.getCommandContext();
		Set<String> formsInDeployment = resources.stream()
			.filter(resource -> ResourceType.of(resource.getName()) == ResourceType.FORM)
			.map(resource -> forms.formId(resource.getBytes()))
			.flatMap(Optional::stream)
			.collect(Collectors.toSet());
		return new ModelPolicy.Context() {
			@Override
			public boolean formExists(String formId) {
				return formsInDeployment.contains(formId)
						|| commandContext.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId) != null;
			}

			@Override
			public boolean groupExists(String groupId) {
				// a configured unit counts: on a new installation its group is created after the first deployment
				return careUnits.find(groupId).isPresent()
						|| commandContext.getReadOnlyIdentityProvider().createGroupQuery().groupId(groupId).count() > 0;
			}
		};
	}

	/** By the exact suffix, case and dot included: the engine's deployers match any name that ends in "bpmn". */
	enum ResourceType {
		BPMN, DMN, FORM, OTHER;

		static ResourceType of(String name) {
			if (name == null) {
				return OTHER;
			}
			if (name.endsWith(".bpmn")) {
				return BPMN;
			}
			if (name.endsWith(".dmn")) {
				return DMN;
			}
			return name.endsWith(".form") ? FORM : OTHER;
		}
	}

}
