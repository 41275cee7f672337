package se.vardflode.patient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A staff member's HTTP client as the engine sees it: HTTP Basic on {@code /engine-rest} (scripts, Modeler), or the
 * session of a Tasklist login on the webapps' own engine API. Paths are sent exactly as given, so a test can send a
 * percent-encoded id.
 */
final class StaffHttp {

	static final String PASSWORD = "demo";

	private final String baseUrl;
	private final String authorization;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient client;
	/** Whether this is a Tasklist session, which sends the webapps' CSRF token back on every request as Tasklist does. */
	private boolean webappSession;

	private StaffHttp(int port, String authorization) {
		this.baseUrl = "http://localhost:" + port;
		this.authorization = authorization;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Basic on every request, no session. */
	static StaffHttp basic(int port, String user) {
		return new StaffHttp(port, "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	/** Logged in to Tasklist as its login form does it: the webapps' CSRF cookie sent back in the header. */
	static StaffHttp tasklistSession(int port, String user) {
		StaffHttp session = new StaffHttp(port, null);
		session.get("/camunda/app/tasklist/");
		session.webappSession = true;
		HttpResponse<String> login = session.send(HttpRequest.newBuilder(session.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", session.xsrfToken())
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(PASSWORD))));
		if (login.statusCode() != 200) {
			throw new IllegalStateException("Tasklist login of " + user + " answered " + login.statusCode());
		}
		// the login starts a new session; Tasklist then reloads, which hands out that session's CSRF token
		session.get("/camunda/app/tasklist/");
		return session;
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	HttpResponse<String> get(String path, String accept) {
		return send(request(path).header("Accept", accept).GET());
	}

	HttpResponse<String> postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<String> postJson(String path, String json, String accept) {
		return send(request(path).header("Content-Type", "application/json").header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (webappSession) {
			request.header("X-XSRF-TOKEN", xsrfToken());
		}
		return authorization == null ? request : request.header("Authorization", authorization);
	}

	private String xsrfToken() {
		return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue).reduce((first, latest) -> latest)
			.orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie from the webapps"));
	}

	private URI uri(String path) {
		return URI.create(baseUrl + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
