package se.vardflode.bench;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * B5: the follow-up figures over {@code instances} historic referrals. One referral is sent through the API (the
 * README's example) and its history (ACT_HI_PROCINST and ACT_HI_VARINST, what the KPI query reads) is copied with
 * start times spread over the last eleven months; then a manager asks for GET /api/kpi/referrals (the last twelve
 * months, every unit). The chat KPIs are on another branch; their query has the same shape (one pass over the
 * period's instances joined with a few history variables).
 */
final class KpiAtScale {

	private static final String REFERRAL = """
			{"personnummer": "19121212-1212", "patientEmail": "patient@example.invalid", "sendingUnitId": "vc-gavle",
			 "direction": "PRIMARY_TO_PSYCHIATRY", "request": "TAKEOVER", "reason": "Svår depressiv episod",
			 "diagnosisCode": "F32.2", "severity": "SEVERE", "suicideRisk": "MODERATE",
			 "failedAntidepressantTrials": 1, "failedPsychologicalTreatments": 0, "psychoticSymptoms": false}""";

	private KpiAtScale() {
	}

	static Map<String, Object> run(BenchNode node, int instances, int requests) {
		HttpResponse<String> sent = new StaffClient(node.baseUrl(), "vc.anders", "demo").post("/api/referrals", REFERRAL);
		if (sent.statusCode() != 201) {
			throw new IllegalStateException("Referral answered " + sent.statusCode() + ": " + sent.body());
		}
		JdbcTemplate jdbc = new JdbcTemplate(node.bean(DataSource.class));
		String template = jdbc.queryForObject(
				"select ID_ from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'referral-routing'", String.class);
		InstanceCloner cloner = new InstanceCloner(jdbc);
		long seedStarted = System.nanoTime();
		String ofTemplate = "t.PROC_INST_ID_ = '" + template + "'";
		cloner.copy("ACT_HI_PROCINST", ofTemplate, instances - 1, Map.of("ID_", InstanceCloner.suffixed("ID_"),
				"PROC_INST_ID_", InstanceCloner.suffixed("PROC_INST_ID_"), "ROOT_PROC_INST_ID_",
				InstanceCloner.suffixed("ROOT_PROC_INST_ID_"), "START_TIME_", "t.START_TIME_ - (g % 330) * interval '1 day'"));
		cloner.copy("ACT_HI_VARINST", ofTemplate, instances - 1, Map.of("ID_", InstanceCloner.suffixed("ID_"),
				"PROC_INST_ID_", InstanceCloner.suffixed("PROC_INST_ID_"), "ROOT_PROC_INST_ID_",
				InstanceCloner.suffixed("ROOT_PROC_INST_ID_")));
		jdbc.execute("analyze");
		double seedSeconds = (System.nanoTime() - seedStarted) / 1e9;

		StaffClient manager = new StaffClient(node.baseUrl(), "chef.ingrid", "demo");
		Latencies latencies = new Latencies(requests);
		for (int i = 0; i < requests + 2; i++) {
			long before = System.nanoTime();
			HttpResponse<String> figures = manager.get("/api/kpi/referrals");
			if (i >= 2) { // two warm-up requests
				latencies.record(System.nanoTime() - before);
			}
			if (figures.statusCode() != 200) {
				throw new IllegalStateException("KPI answered " + figures.statusCode() + ": " + figures.body());
			}
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("historicInstances",
				jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'referral-routing'", Long.class));
		result.put("historicVariables", jdbc.queryForObject("select count(*) from ACT_HI_VARINST", Long.class));
		result.put("requests", requests);
		result.put("seedSeconds", Latencies.round(seedSeconds));
		result.putAll(latencies.summary());
		return result;
	}

}
