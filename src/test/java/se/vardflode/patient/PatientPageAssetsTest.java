package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a phone loads for the patient page: the first page's script is a few kilobytes (form-js comes only with a
 * form), and scripts and styles travel compressed, as the build compressed them. The figures are in the README.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PatientPageAssetsTest {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void the_first_page_loads_a_small_module_and_no_form_renderer() throws Exception {
		// the page itself is behind the login; it is served as it is in the jar
		String page = new org.springframework.core.io.ClassPathResource("static/patient/index.html").getContentAsString(
				java.nio.charset.StandardCharsets.UTF_8);

		assertThat(page).contains("<script type=\"module\" src=\"/patient/patient.js\"></script>").doesNotContain("form-js");
		assertThat(bytes("/patient/patient.js", null)).isLessThan(10_000);
		assertThat(new String(get("/patient/patient.js", null).body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("fjs-form");
	}

	@Test
	void scripts_and_styles_are_sent_compressed() throws Exception {
		HttpResponse<byte[]> form = get("/patient/patient-form.js", "gzip");

		assertThat(form.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(form.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Accept-Encoding"));
		assertThat(form.body().length).isBetween(100_000, 400_000);
		assertThat(new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(form.body())).readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(new String(get("/patient/patient-form.js", null).body(),
						java.nio.charset.StandardCharsets.UTF_8));
		assertThat(bytes("/patient/patient-form.js", null)).isGreaterThan(900_000);
		assertThat(get("/patient/form-js.css", "gzip").headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(get("/patient/patient-page.css", "gzip").headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(get("/patient/patient.js", "gzip").headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	private int bytes(String path, String acceptEncoding) throws IOException, InterruptedException {
		return get(path, acceptEncoding).body().length;
	}

	private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response;
	}

}
