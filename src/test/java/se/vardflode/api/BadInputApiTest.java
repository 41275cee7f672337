package se.vardflode.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import se.vardflode.VardflodeTest;

/** Bad input the attacker of issue 15 sent, each answered with a problem detail and a 4xx, never a 500. */
@VardflodeTest
class BadInputApiTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void kpi_periods_beyond_what_a_follow_up_can_mean_are_400() {
		for (String query : List.of("from=0001-01&to=9999-12", "from=-999999999-01", "from=2000-01&to=2030-12", "to=+999999999-12")) {
			ResponseEntity<String> kpi = http.withBasicAuth("chef.ingrid", "demo").getForEntity("/api/kpi/chats?" + query, String.class);

			assertThat(kpi.getStatusCode().value()).as(query).isEqualTo(400);
			assertThat(kpi.getHeaders().getContentType()).as(query).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(kpi.getBody()).as(query).contains("\"period\"");
		}
	}

	@Test
	void ten_years_of_kpis_are_still_a_period() {
		ResponseEntity<String> kpi = http.withBasicAuth("chef.ingrid", "demo").getForEntity("/api/kpi/chats?from=2017-01&to=2026-12",
				String.class);

		assertThat(kpi.getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void an_enrollment_sent_as_form_data_or_text_is_415_with_a_problem_detail() {
		for (MediaType type : List.of(MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN, MediaType.MULTIPART_FORM_DATA)) {
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.CONTENT_TYPE, type.toString() + (type.equals(MediaType.MULTIPART_FORM_DATA) ? "; boundary=x" : ""));

			ResponseEntity<String> enrollment = http.withBasicAuth("um.sara", "demo").postForEntity("/api/enrollments",
					new HttpEntity<>("careType=UM&unitId=um-gavle&personnummer=19121212-1212&email=patient%40example.invalid", headers),
					String.class);

			assertThat(enrollment.getStatusCode().value()).as(type.toString()).isEqualTo(415);
			assertThat(enrollment.getHeaders().getContentType()).as(type.toString()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(enrollment.getBody()).as(type.toString()).contains("unsupported-media-type", "Skicka uppgifterna som JSON");
		}
	}

}
