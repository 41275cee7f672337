package se.vardflode.governance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.vardflode.identity.CareUnits;

/**
 * Runs before the engine's own deployers on every new deployment, whatever path it came by (auto-deployment at
 * start, Modeler's deploy button through {@code /engine-rest/deployment/create}, the Java API), and refuses the whole
 * deployment with every reason at once. A refusal is a {@link ParseException}, which the REST API answers with 400
 * and the reasons per file, as Modeler shows them. Deployments already in the database are not checked again when
 * the engine loads them.
 */
class DeploymentGuard implements Deployer {

	private static final Logger log = LoggerFactory.getLogger(DeploymentGuard.class);

	private final ModelPolicy policy;
	private final CareUnits careUnits;
	private final ObjectMapper json = new ObjectMapper();

	DeploymentGuard(ModelPolicy policy, CareUnits careUnits) {
		this.policy = policy;
		this.careUnits = careUnits;
	}

	@Override
	public void deploy(DeploymentEntity deployment) {
		if (!deployment.isNew()) {
			return;
		}
		CommandContext commandContext = Context.getCommandContext();
		Set<String> formsInDeployment = formIds(deployment);
		ModelPolicy.Context context = new ModelPolicy.Context() {
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
		List<Violation> violations = new ArrayList<>();
		for (ResourceEntity resource : deployment.getResources().values()) {
			if (resource.getName().endsWith(".bpmn") || resource.getName().endsWith(".bpmn20.xml") || resource.getName().endsWith(".dmn")) {
				violations.addAll(policy.check(resource.getName(), resource.getBytes(), context));
			}
		}
		if (!violations.isEmpty()) {
			String reasons = violations.stream().map(Violation::getMessage).collect(Collectors.joining("\n"));
			log.warn("Deployment '{}' refused:\n{}", deployment.getName(), reasons);
			throw new ParseException("Driftsättningen nekades av Vårdflödes regler för modeller:\n" + reasons,
					violations.get(0).resource(), List.copyOf(violations), List.of());
		}
	}

	private Set<String> formIds(DeploymentEntity deployment) {
		return deployment.getResources().values().stream()
			.filter(resource -> resource.getName().endsWith(".form"))
			.map(this::formId)
			.collect(Collectors.toSet());
	}

	private String formId(ResourceEntity resource) {
		try {
			return json.readTree(resource.getBytes()).path("id").asText();
		}
		catch (IOException ex) {
			throw new ParseException("Formuläret " + resource.getName() + " är inte giltig JSON: " + ex.getMessage(), resource.getName(),
					List.of(), List.of());
		}
	}

}
