package se.vardflode.patient;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A patient's browser, as far as the API sees it: session and XSRF cookies, the login form, and JSON calls that send
 * the XSRF token back in the header the page uses.
 */
final class PatientSession {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String baseUrl;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient client;

	PatientSession(int port) {
		this.baseUrl = "http://localhost:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** @return where the login redirects: the page on success, the login page with {@code ?fel} otherwise */
	String logIn(String user, String password) {
		send(HttpRequest.newBuilder(uri("/patient/login")).GET());
		String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(xsrfToken());
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/patient/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
		return response.headers().firstValue("Location").orElse("");
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
	}

	HttpResponse<String> postJson(String path, Object body) {
		try {
			return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrfToken())
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	HttpResponse<String> getWithBasic(String path, String user, String password) {
		String basic = java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + basic).GET());
	}

	static JsonNode json(HttpResponse<String> response) {
		try {
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String xsrfToken() {
		return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(PatientSecurityConfiguration.CSRF_COOKIE))
			.map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException("no CSRF cookie"));
	}

	private URI uri(String path) {
		return URI.create(baseUrl + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
