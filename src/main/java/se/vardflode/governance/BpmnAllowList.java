package se.vardflode.governance;

import java.util.Map;
import java.util.Set;

import se.vardflode.governance.Violation.Rule;

/**
 * What a BPMN file may contain, written against what Camunda 7.24's {@code BpmnParse} reads: the BPMN elements and
 * attributes Vårdflöde's pathways use (and the harmless ones Modeler draws), and the Camunda extensions that do not run
 * code of their own choosing. Anything not named here is refused, so an extension the engine reads that nobody thought
 * of is refused too. Where a refusal has a better reason than "not on the list", {@link #REFUSED_CAMUNDA_ELEMENTS} and
 * {@link #REFUSED_CAMUNDA_ATTRIBUTES} give it.
 */
final class BpmnAllowList {

	static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
	static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
	/** Read by the engine as an alternative to {@link #CAMUNDA_NS} for every extension, unchecked by anything else. */
	static final String ACTIVITI_NS = "http://activiti.org/bpmn";
	/**
	 * Diagram interchange ({@code bpmndi:BPMNDiagram} under the definitions): the engine reads only shapes' bounds and
	 * edges' waypoints from it. Elsewhere its namespaces are refused like any other: the engine finds elements such as
	 * {@code conditionExpression} by local name, in any namespace.
	 */
	static final String DIAGRAM_NS = "http://www.omg.org/spec/BPMN/20100524/DI";

	/** BPMN elements (namespace {@link #BPMN_NS}). Not here, among others: scriptTask, import, transaction, complexGateway. */
	static final Set<String> ELEMENTS = Set.of("definitions", "process", "collaboration", "participant", "messageFlow", "laneSet",
			"lane", "childLaneSet", "flowNodeRef", "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent",
			"boundaryEvent", "userTask", "serviceTask", "sendTask", "receiveTask", "businessRuleTask", "manualTask", "task",
			"callActivity", "subProcess", "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway",
			"sequenceFlow", "conditionExpression", "incoming", "outgoing", "documentation", "extensionElements",
			"timerEventDefinition", "timeDate", "timeDuration", "timeCycle", "messageEventDefinition", "message",
			"signalEventDefinition", "signal", "errorEventDefinition", "error", "escalationEventDefinition", "escalation",
			"terminateEventDefinition", "conditionalEventDefinition", "condition", "compensateEventDefinition",
			"linkEventDefinition", "multiInstanceLoopCharacteristics", "loopCardinality", "completionCondition", "textAnnotation",
			"text", "association", "group", "category", "categoryValue", "dataObject", "dataObjectReference", "dataStoreReference",
			"dataInputAssociation", "dataOutputAssociation", "sourceRef", "targetRef");

	/**
	 * Unqualified attributes of BPMN elements, from the BPMN 2.0 schema. Not here: {@code language}, {@code scriptFormat}
	 * (scripts), {@code importType}, {@code location}, {@code implementationRef}, {@code operationRef} (imports and web
	 * services), {@code expressionLanguage}.
	 */
	static final Set<String> ATTRIBUTES = Set.of("id", "name", "isExecutable", "processType", "isClosed", "targetNamespace",
			"exporter", "exporterVersion", "sourceRef", "targetRef", "default", "attachedToRef", "cancelActivity", "errorRef",
			"escalationRef", "signalRef", "messageRef", "calledElement", "isInterrupting", "triggeredByEvent", "isForCompensation",
			"isSequential", "errorCode", "escalationCode", "processRef", "gatewayDirection", "instantiate", "implementation",
			"parallelMultiple", "eventGatewayType", "completionQuantity", "startQuantity", "isImmediate", "textFormat",
			"associationDirection", "waitForCompletion", "activityRef", "structureRef", "itemSubjectRef", "isCollection",
			"dataObjectRef", "dataStoreRef", "categoryValueRef", "value");

	/**
	 * Camunda attributes of BPMN elements. The values that name Java classes ({@code class},
	 * {@code variableMappingClass}) must be Vårdflöde's own; expressions in any of them pass the expression allow-list.
	 */
	static final Set<String> CAMUNDA_ATTRIBUTES = Set.of(
			// process
			"historyTimeToLive", "versionTag", "isStartableInTasklist", "candidateStarterGroups", "candidateStarterUsers",
			"jobPriority", "taskPriority",
			// any activity
			"asyncBefore", "asyncAfter", "async", "exclusive",
			// user tasks and start events
			"assignee", "candidateGroups", "candidateUsers", "dueDate", "followUpDate", "priority", "formRef", "formRefBinding",
			"formRefVersion", "initiator",
			// service, send and business rule tasks
			"delegateExpression", "expression", "resultVariable", "class", "decisionRef", "decisionRefBinding",
			"decisionRefVersion", "decisionRefVersionTag", "decisionRefTenantId", "mapDecisionResult",
			// call activities
			"calledElementBinding", "calledElementVersion", "calledElementVersionTag", "calledElementTenantId",
			"variableMappingDelegateExpression", "variableMappingClass",
			// multi-instance, errors, escalations and conditional events
			"collection", "elementVariable", "errorCodeVariable", "errorMessageVariable", "errorMessage",
			"escalationCodeVariable", "variableName", "variableEvents");

	/** Camunda attributes whose value is a Java class the engine instantiates. */
	static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass");

	/** Camunda extension elements and the unqualified attributes each may have. */
	static final Map<String, Set<String>> CAMUNDA_ELEMENTS = Map.ofEntries(
			Map.entry("inputOutput", Set.of()),
			Map.entry("inputParameter", Set.of("name")),
			Map.entry("outputParameter", Set.of("name")),
			Map.entry("list", Set.of()),
			Map.entry("map", Set.of()),
			Map.entry("entry", Set.of("key")),
			Map.entry("value", Set.of()),
			Map.entry("executionListener", Set.of("event", "class", "expression", "delegateExpression")),
			Map.entry("taskListener", Set.of("id", "event", "class", "expression", "delegateExpression")),
			Map.entry("field", Set.of("name", "stringValue", "expression")),
			Map.entry("string", Set.of()),
			Map.entry("expression", Set.of()),
			Map.entry("in", Set.of("source", "sourceExpression", "target", "variables", "local", "businessKey")),
			Map.entry("out", Set.of("source", "sourceExpression", "target", "variables", "local")),
			Map.entry("failedJobRetryTimeCycle", Set.of()),
			Map.entry("properties", Set.of()),
			Map.entry("property", Set.of("id", "name", "value")));

	record Refusal(Rule rule, String reason) {
	}

	static final Map<String, Refusal> REFUSED_CAMUNDA_ELEMENTS = Map.of(
			"script", new Refusal(Rule.SCRIPT, "skript körs på servern och är inte tillåtna i modeller"),
			"formData", generatedForm(), "formField", generatedForm(), "formProperty", generatedForm(),
			"validation", generatedForm(), "constraint", generatedForm(),
			"connector", new Refusal(Rule.ELEMENT, "connectors (http-connector, soap) anropar andra system direkt från motorn; "
					+ "använd en tjänsteuppgift med en av projektets bönor"));

	static final Map<String, Refusal> REFUSED_CAMUNDA_ATTRIBUTES = Map.of(
			"type", new Refusal(Rule.TASK_TYPE, "motorns inbyggda uppgiftstyper (shell, mail, external) kör kommandon, skickar e-post "
					+ "eller lämnar arbetet åt program utanför Vårdflöde; använd delegateExpression med en av projektets bönor"),
			"topic", new Refusal(Rule.TASK_TYPE, "externa uppgifter (camunda:topic) är inte tillåtna"),
			"formKey", new Refusal(Rule.FORM_KEY, "formulär med formKey (inbäddad HTML, externa sidor) kör kod i personalens "
					+ "webbläsare; använd ett Camunda-formulär med camunda:formRef"),
			"formHandlerClass", new Refusal(Rule.FORM_KEY, "egna formulärhanterare (formHandlerClass) är inte tillåtna; "
					+ "använd ett Camunda-formulär med camunda:formRef"),
			"resource", new Refusal(Rule.SCRIPT, "externa skriptresurser är inte tillåtna"),
			"caseRef", cmmn(), "caseBinding", cmmn(), "caseVersion", cmmn(), "caseTenantId", cmmn());

	private BpmnAllowList() {
	}

	private static Refusal generatedForm() {
		return new Refusal(Rule.FORM_KEY, "genererade formulär (camunda:formData) är inte tillåtna; använd ett Camunda-formulär "
				+ "med camunda:formRef");
	}

	private static Refusal cmmn() {
		return new Refusal(Rule.ATTRIBUTE, "CMMN är avstängt i Vårdflöde; anropa en BPMN-process");
	}

}
