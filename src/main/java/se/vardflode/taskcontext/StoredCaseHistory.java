package se.vardflode.taskcontext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The case's history as a process variable ({@value #VARIABLE}, a JSON list on the process instance): one entry per
 * completed staff task that recorded something, with when, the unit, who, what and the text. Kept in the instance so it
 * ends with the instance's history (historyTimeToLive); read when a later task of the instance is created.
 */
final class StoredCaseHistory {

	static final String VARIABLE = "caseHistory";

	private static final ObjectMapper JSON = new ObjectMapper();

	/** One entry as stored. */
	record Stored(String when, String unit, String by, String what, String text) {
	}

	private StoredCaseHistory() {
	}

	static List<Stored> read(DelegateExecution processInstance) {
		Object stored = processInstance.getVariable(VARIABLE);
		if (stored == null) {
			return List.of();
		}
		try {
			return JSON.readValue(stored.toString(), new TypeReference<List<Stored>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The case history of instance " + processInstance.getId() + " is not readable", ex);
		}
	}

	static void append(DelegateExecution processInstance, CaseHistory history, Instant when, String unit, String by) {
		List<Stored> entries = new ArrayList<>(read(processInstance));
		history.entries().forEach(entry -> entries.add(new Stored(when.toString(), unit, by, entry.what(), entry.text())));
		List<Map<String, String>> json = entries.stream().map(StoredCaseHistory::asMap).toList();
		try {
			processInstance.setVariable(VARIABLE, SpinValues.jsonValue(JSON.writeValueAsString(json)).create());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> asMap(Stored entry) {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("when", entry.when());
		map.put("unit", entry.unit());
		map.put("by", entry.by());
		map.put("what", entry.what());
		map.put("text", entry.text());
		return map;
	}

}
