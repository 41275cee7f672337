package se.vardflode.sip;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The SIP plan as the coordinator submits it in {@code forms/sip-plan.form}, and the rules it must follow before the
 * task may complete ({@link SipPlanRule}).
 */
record SipPlan(List<Action> actions, String huvudansvar, LocalDate followUpDate) {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** One action: what is done, which organisation and unit is responsible, and by when. */
	record Action(String what, String responsibleOrganisation, String responsibleUnit, LocalDate dueBy) {
	}

	/** A plan read from form variables, with what could not be read (field → Swedish reason). */
	record Parsed(SipPlan plan, Map<String, String> errors) {
	}

	/**
	 * Reads the submitted variables: {@code actions} as the form's dynamic list sends it (JSON, also as text or a
	 * list of maps), {@code huvudansvar} and {@code followUpDate} (ISO date) as text.
	 */
	/** From the form's variables, by name (a submission's or a task's). */
	static Parsed parse(Function<String, Object> values) {
		return parse(values.apply(SipProcess.ACTIONS.name()), values.apply(SipProcess.HUVUDANSVAR.name()),
				values.apply(SipProcess.FOLLOW_UP_DATE.name()));
	}

	static Parsed parse(Object actions, Object huvudansvar, Object followUpDate) {
		Map<String, String> errors = new LinkedHashMap<>();
		List<Action> parsedActions = new ArrayList<>();
		JsonNode list = toJson(actions);
		if (list == null || !list.isArray()) {
			if (actions != null) {
				errors.put("actions", "Insatserna kunde inte läsas");
			}
		}
		else {
			for (int i = 0; i < list.size(); i++) {
				JsonNode action = list.get(i);
				String field = "actions[" + i + "].dueBy";
				LocalDate dueBy = date(text(action.get("dueBy")), field, errors);
				parsedActions.add(new Action(text(action.get("what")), text(action.get("responsibleOrganisation")),
						text(action.get("responsibleUnit")), dueBy));
			}
		}
		LocalDate followUp = date(asText(followUpDate), "followUpDate", errors);
		return new Parsed(new SipPlan(parsedActions, asText(huvudansvar), followUp), errors);
	}

	/**
	 * The plan rules: at least one action, each complete; huvudansvar held by the region or the municipality
	 * ({@link Huvudansvar}); the follow-up after today.
	 */
	Map<String, String> violations(Huvudansvar allowed, LocalDate today) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (actions.isEmpty()) {
			errors.put("actions", "Planen måste ha minst en insats");
		}
		for (int i = 0; i < actions.size(); i++) {
			Action action = actions.get(i);
			String prefix = "actions[" + i + "].";
			if (isBlank(action.what())) {
				errors.put(prefix + "what", "Ange vad som ska göras");
			}
			if (isBlank(action.responsibleOrganisation())) {
				errors.put(prefix + "responsibleOrganisation", "Ange ansvarig organisation");
			}
			if (isBlank(action.responsibleUnit())) {
				errors.put(prefix + "responsibleUnit", "Ange ansvarig enhet");
			}
			if (action.dueBy() == null) {
				errors.putIfAbsent(prefix + "dueBy", "Ange när insatsen ska vara klar");
			}
		}
		allowed.refusal(huvudansvar).ifPresent(refusal -> errors.put(SipProcess.HUVUDANSVAR.name(), refusal));
		if (followUpDate == null) {
			errors.putIfAbsent("followUpDate", "Ange datum för uppföljning");
		}
		else if (!followUpDate.isAfter(today)) {
			errors.put("followUpDate", "Uppföljningen måste ligga efter dagens datum");
		}
		return errors;
	}

	private static JsonNode toJson(Object value) {
		if (value == null) {
			return null;
		}
		try {
			if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
				return JSON.valueToTree(value);
			}
			// the form's dynamic list arrives as a Spin JSON value, whose text is the JSON
			return JSON.readTree(value.toString());
		}
		catch (JsonProcessingException | IllegalArgumentException ex) {
			return null;
		}
	}

	private static LocalDate date(String text, String field, Map<String, String> errors) {
		if (isBlank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip().length() > 10 ? text.strip().substring(0, 10) : text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "Datumet ska skrivas som ÅÅÅÅ-MM-DD");
			return null;
		}
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.asText();
	}

	private static String asText(Object value) {
		return value == null ? null : value.toString();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
