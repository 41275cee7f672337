package se.vardflode.bench;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * B5: the chat figures (GET /api/kpi/chats: the last twelve months, every unit, as a manager asks for them) over
 * {@code instances} chats. One chat is enrolled through the API; its rows are copied with opening times spread over
 * the last eleven months: the chat and its patient (chat_channel, chat_participant), the engine's history of the
 * instance (ACT_HI_PROCINST and every ACT_HI_ACTINST row, what the extension count reads, about ten per chat). Every
 * fourth copy that opened more than a month ago was closed a month after opening (by staff, the patient or expiry in turn), every tenth was extended
 * and every twentieth had a guardian added a week after it opened.
 */
final class KpiAtScale {

	private static final String OPENED = "t.opened_at - (g % 330) * interval '1 day'";

	private KpiAtScale() {
	}

	static Map<String, Object> run(BenchNode node, int instances, int requests) {
		JdbcTemplate jdbc = new JdbcTemplate(node.bean(DataSource.class));
		String template = enrollTemplate(node);
		InstanceCloner cloner = new InstanceCloner(jdbc);
		long seedStarted = System.nanoTime();
		String chatId = jdbc.queryForObject("select id from chat_channel where process_instance_id = ?", String.class, template);
		String ofChat = "t.id = '" + chatId + "'";
		// chat ids are 36 characters: the copy's number replaces the UUID's last twelve
		String copiedChatId = "substr(t.id, 1, 24) || lpad(g::text, 12, '0')";
		String closed = "g % 4 = 0 and g % 330 >= 30";
		cloner.copy("chat_channel", ofChat, instances - 1, Map.of(
				"id", copiedChatId,
				"patient_personnummer", "lpad(g::text, 12, '0')",
				"process_instance_id", InstanceCloner.suffixed("process_instance_id"),
				"created_at", OPENED, "opened_at", OPENED,
				"expires_at", "t.expires_at - (g % 330) * interval '1 day'",
				"closed_at", "case when " + closed + " then " + OPENED + " + interval '30 days' end",
				"closed_by", "case when " + closed + " then (array['STAFF', 'PATIENT', 'EXPIRED'])[g % 3 + 1] end",
				"status", "case when " + closed + " then 'CLOSED' else t.status end",
				"open_key", "case when " + closed + " then null else t.open_key || ':' || g end"));
		cloner.copy("chat_participant", "t.chat_id = '" + chatId + "'", instances - 1, Map.of("chat_id",
				copiedChatId.replace("t.id", "t.chat_id"), "personnummer", "lpad(g::text, 12, '0')", "added_at",
				"t.added_at - (g % 330) * interval '1 day'"));
		cloner.copy("chat_participant", "t.chat_id = '" + chatId + "'", (instances - 1) / 20, Map.of("chat_id",
				"substr(t.chat_id, 1, 24) || lpad((g * 20)::text, 12, '0')", "personnummer", "lpad((g * 20 + 1)::text, 12, '9')",
				"role", "'GUARDIAN'", "added_at", "t.added_at - ((g * 20) % 330) * interval '1 day' + interval '7 days'"));
		String ofTemplate = "t.PROC_INST_ID_ = '" + template + "'";
		cloner.copy("ACT_HI_PROCINST", ofTemplate, instances - 1, Map.of("ID_", InstanceCloner.suffixed("ID_"),
				"PROC_INST_ID_", InstanceCloner.suffixed("PROC_INST_ID_"), "ROOT_PROC_INST_ID_",
				InstanceCloner.suffixed("ROOT_PROC_INST_ID_"), "START_TIME_", "t.START_TIME_ - (g % 330) * interval '1 day'"));
		cloner.copy("ACT_HI_ACTINST", ofTemplate, instances - 1, Map.of("ID_", InstanceCloner.suffixed("ID_"),
				"PROC_INST_ID_", InstanceCloner.suffixed("PROC_INST_ID_"), "ROOT_PROC_INST_ID_",
				InstanceCloner.suffixed("ROOT_PROC_INST_ID_"), "EXECUTION_ID_", InstanceCloner.suffixed("EXECUTION_ID_"),
				"START_TIME_", "t.START_TIME_ - (g % 330) * interval '1 day'",
				"END_TIME_", "t.END_TIME_ - (g % 330) * interval '1 day'"));
		// an extension of every tenth copy, a month after it opened
		cloner.copy("ACT_HI_ACTINST", ofTemplate + " and t.ACT_ID_ = 'openChatChannel'", (instances - 1) / 10, Map.of(
				"ID_", "t.ID_ || ':x' || g", "ACT_ID_", "'extendChat'", "ACT_NAME_", "'Förläng chatten'",
				"PROC_INST_ID_", "t.PROC_INST_ID_ || ':' || (g * 10)", "ROOT_PROC_INST_ID_", "t.ROOT_PROC_INST_ID_ || ':' || (g * 10)",
				"START_TIME_", "t.START_TIME_ - ((g * 10) % 330) * interval '1 day' + interval '30 days'",
				"END_TIME_", "t.END_TIME_ - ((g * 10) % 330) * interval '1 day' + interval '30 days'"));
		jdbc.execute("analyze");
		double seedSeconds = (System.nanoTime() - seedStarted) / 1e9;

		StaffClient manager = new StaffClient(node.baseUrl(), "chef.ingrid", "demo");
		Latencies latencies = new Latencies(requests);
		for (int i = 0; i < requests + 2; i++) {
			long before = System.nanoTime();
			HttpResponse<String> figures = manager.get("/api/kpi/chats");
			if (i >= 2) { // two warm-up requests
				latencies.record(System.nanoTime() - before);
			}
			if (figures.statusCode() != 200) {
				throw new IllegalStateException("KPI answered " + figures.statusCode() + ": " + figures.body());
			}
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("chats", jdbc.queryForObject("select count(*) from chat_channel", Long.class));
		result.put("historicInstances",
				jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'chat-enrollment'", Long.class));
		result.put("historicActivities", jdbc.queryForObject("select count(*) from ACT_HI_ACTINST", Long.class));
		result.put("requests", requests);
		// the chats' months in PostgreSQL: issue 10's query (a row per chat and month it was open) and issue 22's
		// (a row per chat, counted into its months by the application), over the same twelve months
		result.put("monthJoinQueryMs", QueryPlans.executionMillis(jdbc, "b5-chat-months-joined", monthJoinQuery()));
		result.put("perChatQueryMs", QueryPlans.executionMillis(jdbc, "b5-chat-months-per-chat", perChatQuery()));
		result.put("seedSeconds", Latencies.round(seedSeconds));
		result.putAll(latencies.summary());
		return result;
	}

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	/** The month ends of the last twelve months (this one included) as SQL literals, oldest first. */
	private static List<String> monthEnds() {
		YearMonth first = YearMonth.now(SWEDEN).minusMonths(11);
		List<String> ends = new ArrayList<>();
		for (int i = 0; i <= 12; i++) {
			ends.add("timestamptz '" + first.plusMonths(i).atDay(1).atStartOfDay(SWEDEN).toOffsetDateTime() + "'");
		}
		return ends; // ends.get(0) is the period's start, ends.get(i + 1) the end of month i
	}

	private static String monthJoinQuery() {
		List<String> bounds = monthEnds();
		List<String> months = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			months.add("(" + i + ", " + bounds.get(i) + ", " + bounds.get(i + 1) + ", " + bounds.get(i + 1)
					+ " + interval '30 days')");
		}
		return """
				select m.i, c.unit_id,
				  sum(case when c.opened_at >= m.month_start then 1 else 0 end) as started,
				  sum(case when c.closed_at is null or c.closed_at >= m.month_end then 1 else 0 end) as open_at_end,
				  sum(case when c.closed_at < m.month_end and c.closed_by = 'EXPIRED' then 1 else 0 end) as by_expiry,
				  sum(case when c.closed_at < m.month_end and c.closed_by = 'STAFF' then 1 else 0 end) as by_staff,
				  sum(case when c.closed_at < m.month_end and c.closed_by = 'PATIENT' then 1 else 0 end) as by_patient,
				  sum(case when (c.closed_at is null or c.closed_at >= m.month_end) and c.expires_at < m.expiring_before
				    then 1 else 0 end) as expiring
				from chat_channel c join (values %s) as m(i, month_start, month_end, expiring_before)
				  on c.opened_at < m.month_end and (c.closed_at is null or c.closed_at >= m.month_start)
				group by m.i, c.unit_id""".formatted(String.join(", ", months));
	}

	private static String perChatQuery() {
		List<String> bounds = monthEnds();
		return """
				select unit_id, opened_in, closed_in, closed_by, expiring_from, count(*) as chats
				from (select c.unit_id, case when c.opened_at < %s then -1 %s as opened_in, case %s as closed_in,
				  c.closed_by, case %s as expiring_from
				  from chat_channel c where c.opened_at < %s and (c.closed_at is null or c.closed_at >= %s)) t
				group by unit_id, opened_in, closed_in, closed_by, expiring_from""".formatted(bounds.get(0),
				monthOf("c.opened_at", bounds, ""), monthOf("c.closed_at", bounds, ""),
				monthOf("c.expires_at", bounds, " + interval '30 days'"), bounds.get(12), bounds.get(0));
	}

	private static String monthOf(String time, List<String> bounds, String plus) {
		StringBuilder cases = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			cases.append("when ").append(time).append(" < ").append(bounds.get(i + 1)).append(plus).append(" then ")
				.append(i).append(' ');
		}
		return cases.append("else 12 end").toString();
	}

	/** One UM chat enrolled through the API (the engine writes its rows); its process instance id. */
	private static String enrollTemplate(BenchNode node) {
		HttpResponse<String> enrolled = new StaffClient(node.baseUrl(), EnrollmentLoad.YOUTH_NURSE, "demo")
			.post("/api/enrollments", """
					{"careType":"UM","unitId":"%s","personnummer":"20080808-0808","email":"tolvan@example.invalid"}"""
				.formatted(EnrollmentLoad.UNIT));
		if (enrolled.statusCode() != 201) {
			throw new IllegalStateException("Enrollment answered " + enrolled.statusCode() + ": " + enrolled.body());
		}
		try {
			return new ObjectMapper().readTree(enrolled.body()).get("processInstanceId").asText();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Enrollment answered " + enrolled.body(), ex);
		}
	}

}
