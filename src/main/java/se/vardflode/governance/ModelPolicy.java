package se.vardflode.governance;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import se.vardflode.governance.BpmnAllowList.Refusal;
import se.vardflode.governance.Violation.Rule;

/**
 * The rules a BPMN or DMN file must follow to be deployed, checked on the XML as deployed, element by element and
 * attribute by attribute against {@link BpmnAllowList} and {@link DmnAllowList}. What the process owner reads is
 * Swedish; the rule names are stable for programs.
 */
class ModelPolicy {

	private static final String PROJECT_PACKAGE = "se.vardflode.";
	private static final String MAX_ELEMENT_DEPTH = "200";
	private static final String XSI_NS = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
	/** Namespaces of attributes Modeler writes and the engine never reads: the execution platform, element colours. */
	private static final Set<String> TOOL_NAMESPACES = Set.of("http://camunda.org/schema/modeler/1.0",
			"http://bpmn.io/schema/bpmn/biocolor/1.0", "http://www.omg.org/spec/BPMN/non-normative/color/1.0");

	/** What the rules need to know beyond the file: the forms and groups that exist. */
	interface Context {
		boolean formExists(String formId);

		boolean groupExists(String groupId);
	}

	private final ExpressionPolicy expressions;

	ModelPolicy(ExpressionPolicy expressions) {
		this.expressions = expressions;
	}

	List<Violation> checkBpmn(String resource, byte[] xml, Context context) {
		return check(resource, xml, context, false);
	}

	List<Violation> checkDmn(String resource, byte[] xml, Context context) {
		return check(resource, xml, context, true);
	}

	private List<Violation> check(String resource, byte[] xml, Context context, boolean dmn) {
		Document document;
		try {
			document = parse(xml);
		}
		catch (Exception ex) {
			return List.of(Violation.ofFile(resource, Rule.XML, "filen är inte giltig XML (DOCTYPE och entiteter är inte tillåtna): "
					+ ex.getMessage()));
		}
		Walk walk = dmn ? new DmnWalk(resource) : new BpmnWalk(resource, context);
		walk.element(document.getDocumentElement(), "definitions");
		return walk.violations;
	}

	/** One pass over one file; the subclasses know the file's vocabulary. */
	private abstract class Walk {

		final String resource;
		final List<Violation> violations = new ArrayList<>();

		Walk(String resource) {
			this.resource = resource;
		}

		void element(Element element, String enclosingId) {
			String id = element.hasAttribute("id") ? element.getAttribute("id") : enclosingId;
			if (isDiagram(element) || !allowed(element, id)) {
				// a refused element's content is not read: one reason per element is enough
				return;
			}
			NamedNodeMap attributes = element.getAttributes();
			for (int i = 0; i < attributes.getLength(); i++) {
				attribute(element, (Attr) attributes.item(i), id);
			}
			if (isProse(element)) {
				return;
			}
			// the engine reads an element's text as one string, whatever comments or CDATA sections split it
			StringBuilder text = new StringBuilder();
			for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child instanceof Element childElement) {
					element(childElement, id);
				}
				else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
					text.append(child.getNodeValue());
				}
			}
			expression(id, text.toString());
		}

		/** The diagram, which the engine reads only for its layout, is skipped: only where the diagram belongs. */
		boolean isDiagram(Element element, String namespace, String localName) {
			return namespace.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName())
					&& element.getParentNode() == element.getOwnerDocument().getDocumentElement();
		}

		private void attribute(Element element, Attr attribute, String id) {
			String namespace = attribute.getNamespaceURI();
			if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)) {
				return;
			}
			if (namespace == null) {
				unqualifiedAttribute(element, attribute, id);
			}
			else if (!XSI_NS.equals(namespace) && !TOOL_NAMESPACES.contains(namespace)) {
				qualifiedAttribute(element, attribute, id);
			}
			expression(id, attribute.getValue());
		}

		abstract boolean isDiagram(Element element);

		/** @return whether the element is allowed (else a violation is recorded) */
		abstract boolean allowed(Element element, String id);

		/** Text that people read and the engine never evaluates. */
		abstract boolean isProse(Element element);

		abstract void unqualifiedAttribute(Element element, Attr attribute, String id);

		abstract void qualifiedAttribute(Element element, Attr attribute, String id);

		void refuse(String id, Rule rule, String detail) {
			violations.add(new Violation(resource, id, rule, detail));
		}

		void refuseNamespace(String id, String what, String namespace) {
			if (BpmnAllowList.ACTIVITI_NS.equals(namespace)) {
				refuse(id, Rule.NAMESPACE, what + ": den äldre namnrymden activiti: läses fortfarande av motorn men är inte tillåten; "
						+ "använd camunda:");
			}
			else {
				refuse(id, Rule.NAMESPACE, what + ": " + (namespace == null ? "utan namnrymd" : "namnrymden " + namespace)
						+ " är inte tillåten i en modell");
			}
		}

		void expression(String id, String text) {
			if (ExpressionPolicy.isExpression(text)) {
				expressions.check(text.strip()).ifPresent(reason -> refuse(id, Rule.EXPRESSION,
						"uttrycket " + text.strip() + " är inte tillåtet: " + reason));
			}
		}

	}

	private class BpmnWalk extends Walk {

		private final Context context;

		BpmnWalk(String resource, Context context) {
			super(resource);
			this.context = context;
		}

		@Override
		boolean isDiagram(Element element) {
			return isDiagram(element, BpmnAllowList.DIAGRAM_NS, "BPMNDiagram");
		}

		@Override
		boolean allowed(Element element, String id) {
			String name = element.getLocalName();
			String namespace = element.getNamespaceURI();
			if (BpmnAllowList.BPMN_NS.equals(namespace)) {
				if ("scriptTask".equals(name)) {
					refuse(id, Rule.SCRIPT, "skript körs på servern och är inte tillåtna i modeller");
					return false;
				}
				if (!BpmnAllowList.ELEMENTS.contains(name)) {
					refuse(id, Rule.ELEMENT, "elementet bpmn:" + name + " är inte tillåtet i Vårdflöde");
					return false;
				}
				if ("process".equals(name) && "true".equals(element.getAttribute("isExecutable"))
						&& element.getAttributeNS(BpmnAllowList.CAMUNDA_NS, "historyTimeToLive").isBlank()) {
					refuse(id, Rule.HISTORY_TIME_TO_LIVE, "processen saknar historyTimeToLive (hur länge historiken sparas, t.ex. P365D)");
				}
				return true;
			}
			if (BpmnAllowList.CAMUNDA_NS.equals(namespace)) {
				if (BpmnAllowList.CAMUNDA_ELEMENTS.containsKey(name)) {
					return true;
				}
				Refusal refusal = BpmnAllowList.REFUSED_CAMUNDA_ELEMENTS.getOrDefault(name,
						new Refusal(Rule.ELEMENT, "tillägget är inte tillåtet i Vårdflöde"));
				refuse(id, refusal.rule(), "camunda:" + name + ": " + refusal.reason());
				return false;
			}
			refuseNamespace(id, "elementet " + element.getTagName(), namespace);
			return false;
		}

		@Override
		boolean isProse(Element element) {
			return BpmnAllowList.BPMN_NS.equals(element.getNamespaceURI())
					&& ("documentation".equals(element.getLocalName()) || "textAnnotation".equals(element.getLocalName()));
		}

		@Override
		void unqualifiedAttribute(Element element, Attr attribute, String id) {
			String name = attribute.getName();
			if ("language".equals(name) || "scriptFormat".equals(name)) {
				refuse(id, Rule.SCRIPT, "skriptspråket '" + attribute.getValue() + "' är inte tillåtet; skriv villkor som uttryck ${...}");
				return;
			}
			if (BpmnAllowList.CAMUNDA_NS.equals(element.getNamespaceURI())) {
				// the engine reads the attributes of its extension elements unqualified: a listener's class="..."
				if (!BpmnAllowList.CAMUNDA_ELEMENTS.get(element.getLocalName()).contains(name)) {
					refuse(id, Rule.ATTRIBUTE, "attributet " + name + " på camunda:" + element.getLocalName() + " är inte tillåtet");
				}
				else if ("class".equals(name)) {
					javaClass(id, attribute.getValue());
				}
				return;
			}
			if (!BpmnAllowList.ATTRIBUTES.contains(name)) {
				refuse(id, Rule.ATTRIBUTE, "attributet " + name + " på bpmn:" + element.getLocalName() + " är inte tillåtet");
			}
		}

		@Override
		void qualifiedAttribute(Element element, Attr attribute, String id) {
			String namespace = attribute.getNamespaceURI();
			if (!BpmnAllowList.CAMUNDA_NS.equals(namespace)) {
				refuseNamespace(id, "attributet " + attribute.getName(), namespace);
				return;
			}
			if (!BpmnAllowList.BPMN_NS.equals(element.getNamespaceURI())) {
				refuse(id, Rule.ATTRIBUTE, "attributet " + attribute.getName() + " på " + element.getTagName() + " är inte tillåtet");
				return;
			}
			String name = attribute.getLocalName();
			String value = attribute.getValue();
			if (!BpmnAllowList.CAMUNDA_ATTRIBUTES.contains(name)) {
				Refusal refusal = BpmnAllowList.REFUSED_CAMUNDA_ATTRIBUTES.getOrDefault(name,
						new Refusal(Rule.ATTRIBUTE, "tillägget är inte tillåtet i Vårdflöde"));
				refuse(id, refusal.rule(), "camunda:" + name + "=\"" + value + "\": " + refusal.reason());
				return;
			}
			if (BpmnAllowList.CLASS_ATTRIBUTES.contains(name)) {
				javaClass(id, value);
			}
			else if ("formRef".equals(name) && !ExpressionPolicy.isExpression(value) && !context.formExists(value)) {
				refuse(id, Rule.FORM_REF, "formuläret '" + value + "' finns varken i driftsättningen eller bland driftsatta formulär");
			}
			else if ("candidateGroups".equals(name) && !ExpressionPolicy.isExpression(value)) {
				Arrays.stream(value.split(",")).map(String::strip).filter(group -> !context.groupExists(group))
					.forEach(group -> refuse(id, Rule.CANDIDATE_GROUP, "gruppen '" + group + "' finns inte"));
			}
		}

		private void javaClass(String id, String className) {
			if (!className.strip().startsWith(PROJECT_PACKAGE)) {
				refuse(id, Rule.JAVA_CLASS, "Java-klassen " + className + " hör inte till Vårdflöde; använd delegateExpression med "
						+ "en av projektets bönor");
			}
		}

	}

	private class DmnWalk extends Walk {

		DmnWalk(String resource) {
			super(resource);
		}

		@Override
		boolean isDiagram(Element element) {
			return isDiagram(element, DmnAllowList.DIAGRAM_NS, "DMNDI");
		}

		@Override
		boolean allowed(Element element, String id) {
			if (!DmnAllowList.NAMESPACES.contains(element.getNamespaceURI())) {
				refuseNamespace(id, "elementet " + element.getTagName(), element.getNamespaceURI());
				return false;
			}
			if (!DmnAllowList.ELEMENTS.contains(element.getLocalName())) {
				refuse(id, Rule.ELEMENT, "elementet " + element.getLocalName() + " är inte tillåtet i Vårdflöde");
				return false;
			}
			return true;
		}

		@Override
		boolean isProse(Element element) {
			return "description".equals(element.getLocalName());
		}

		@Override
		void unqualifiedAttribute(Element element, Attr attribute, String id) {
			String name = attribute.getName();
			if (!DmnAllowList.ATTRIBUTES.contains(name)) {
				refuse(id, Rule.ATTRIBUTE, "attributet " + name + " på " + element.getLocalName() + " är inte tillåtet");
			}
			else if ("expressionLanguage".equals(name) && !DmnAllowList.isFeel(attribute.getValue())) {
				refuse(id, Rule.DMN_EXPRESSION_LANGUAGE, "uttrycksspråket '" + attribute.getValue() + "' är inte tillåtet; använd FEEL");
			}
		}

		@Override
		void qualifiedAttribute(Element element, Attr attribute, String id) {
			if (!DmnAllowList.CAMUNDA_NS.equals(attribute.getNamespaceURI())) {
				refuseNamespace(id, "attributet " + attribute.getName(), attribute.getNamespaceURI());
			}
			else if (!DmnAllowList.CAMUNDA_ATTRIBUTES.contains(attribute.getLocalName())) {
				refuse(id, Rule.ATTRIBUTE, "camunda:" + attribute.getLocalName() + " är inte tillåtet i en beslutstabell");
			}
		}

	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		// the walk is recursive; a model nests a few levels of subprocesses, not thousands
		factory.setAttribute("jdk.xml.maxElementDepth", MAX_ELEMENT_DEPTH);
		DocumentBuilder builder = factory.newDocumentBuilder();
		// the reason goes into the refusal; the default handler would also print it to stderr
		builder.setErrorHandler(new DefaultHandler() {
			@Override
			public void fatalError(SAXParseException ex) throws SAXException {
				throw ex;
			}
		});
		return builder.parse(new ByteArrayInputStream(xml));
	}

}
