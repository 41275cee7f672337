package se.vardflode.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.kpi.KpiTable.Column;

/** The KPI tests' reading of {@code GET /api/kpi/{area}} and their expected rows, written in the area's column order. */
final class KpiResponses {

	private KpiResponses() {
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	static List<Map<String, Object>> rows(TestRestTemplate http, String user, String area, String query) {
		ResponseEntity<Map> response = http.withBasicAuth(user, "demo").getForEntity("/api/kpi/" + area + query, Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return (List<Map<String, Object>>) response.getBody().get("rows");
	}

	/** A row as the JSON reads back: unit, month, then each figure in the order of the area's columns. */
	static Map<String, Object> row(List<Column> columns, String unit, String month, Object... figures) {
		assertThat(figures).hasSize(columns.size() - 2);
		Map<String, Object> row = new HashMap<>();
		row.put("unitId", unit);
		row.put("month", month);
		for (int i = 0; i < figures.length; i++) {
			row.put(columns.get(i + 2).key(), figures[i]);
		}
		return row;
	}

}
