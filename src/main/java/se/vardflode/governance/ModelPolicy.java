package se.vardflode.governance;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import se.vardflode.governance.Violation.Rule;

/**
 * The rules a BPMN or DMN file must follow to be deployed, checked on the XML as deployed, element by element. What
 * the process owner reads is Swedish; the rule names are stable for programs.
 */
class ModelPolicy {

	static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
	static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
	static final String DI_NS = "http://www.omg.org/spec/BPMN/20100524/DI";
	static final String DMN_DI_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
	private static final String PROJECT_PACKAGE = "se.vardflode.";

	/** What the rules need to know beyond the file: the forms and groups that exist. */
	interface Context {
		boolean formExists(String formId);

		boolean groupExists(String groupId);
	}

	private final ExpressionPolicy expressions;

	ModelPolicy(ExpressionPolicy expressions) {
		this.expressions = expressions;
	}

	List<Violation> check(String resource, byte[] xml, Context context) {
		Document document = parse(resource, xml);
		List<Violation> violations = new ArrayList<>();
		walk(resource, document.getDocumentElement(), "definitions", context, violations, resource.endsWith(".dmn"));
		return violations;
	}

	private void walk(String resource, Element element, String enclosingId, Context context, List<Violation> violations, boolean dmn) {
		if (DI_NS.equals(element.getNamespaceURI()) || DMN_DI_NS.equals(element.getNamespaceURI())
				|| "documentation".equals(element.getLocalName())) {
			return;
		}
		String id = element.hasAttribute("id") ? element.getAttribute("id") : enclosingId;
		String name = element.getLocalName();

		if ("scriptTask".equals(name) || "script".equals(name)) {
			violations.add(new Violation(resource, id, Rule.SCRIPT, "skript körs på servern och är inte tillåtna i modeller"));
		}
		if (element.hasAttribute("language") && !dmn) {
			violations.add(new Violation(resource, id, Rule.SCRIPT, "skriptspråket '" + element.getAttribute("language")
					+ "' är inte tillåtet; skriv villkor som uttryck ${...}"));
		}
		if (dmn && element.hasAttribute("expressionLanguage")
				&& !element.getAttribute("expressionLanguage").toLowerCase(Locale.ROOT).equals("feel")) {
			violations.add(new Violation(resource, id, Rule.DMN_EXPRESSION_LANGUAGE,
					"uttrycksspråket '" + element.getAttribute("expressionLanguage") + "' är inte tillåtet; använd FEEL"));
		}
		if ("process".equals(name) && BPMN_NS.equals(element.getNamespaceURI()) && "true".equals(element.getAttribute("isExecutable"))
				&& element.getAttributeNS(CAMUNDA_NS, "historyTimeToLive").isBlank()) {
			violations.add(new Violation(resource, id, Rule.HISTORY_TIME_TO_LIVE,
					"processen saknar historyTimeToLive (hur länge historiken sparas, t.ex. P365D)"));
		}
		checkAttributes(resource, element, id, context, violations);
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				walk(resource, childElement, id, context, violations, dmn);
			}
			else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				checkExpression(resource, id, child.getNodeValue(), violations);
			}
		}
	}

	private void checkAttributes(String resource, Element element, String id, Context context, List<Violation> violations) {
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			String value = attribute.getValue();
			if (CAMUNDA_NS.equals(attribute.getNamespaceURI())) {
				switch (attribute.getLocalName()) {
					case "class" -> {
						if (!value.startsWith(PROJECT_PACKAGE)) {
							violations.add(new Violation(resource, id, Rule.JAVA_CLASS,
									"Java-klassen " + value + " hör inte till Vårdflöde; använd delegateExpression med en av projektets bönor"));
						}
					}
					case "resource" -> violations.add(new Violation(resource, id, Rule.SCRIPT, "externa skriptresurser är inte tillåtna"));
					case "formRef" -> {
						if (!ExpressionPolicy.isExpression(value) && !context.formExists(value)) {
							violations.add(new Violation(resource, id, Rule.FORM_REF,
									"formuläret '" + value + "' finns varken i driftsättningen eller bland driftsatta formulär"));
						}
					}
					case "candidateGroups" -> {
						if (!ExpressionPolicy.isExpression(value)) {
							Arrays.stream(value.split(",")).map(String::strip).filter(group -> !context.groupExists(group))
								.forEach(group -> violations.add(new Violation(resource, id, Rule.CANDIDATE_GROUP,
										"gruppen '" + group + "' finns inte")));
						}
					}
					default -> {
					}
				}
			}
			checkExpression(resource, id, value, violations);
		}
	}

	private void checkExpression(String resource, String id, String text, List<Violation> violations) {
		if (ExpressionPolicy.isExpression(text)) {
			expressions.check(text.strip()).ifPresent(reason -> violations.add(new Violation(resource, id, Rule.EXPRESSION,
					"uttrycket " + text.strip() + " är inte tillåtet: " + reason)));
		}
	}

	private static Document parse(String resource, byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			DocumentBuilder builder = factory.newDocumentBuilder();
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (Exception ex) {
			throw new IllegalArgumentException(resource + " is not well-formed XML: " + ex.getMessage(), ex);
		}
	}

}
