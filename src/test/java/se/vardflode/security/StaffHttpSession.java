package se.vardflode.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A staff member's browser as far as the server sees it: the cookies it keeps, the webapps' login (with their XSRF
 * token), the {@code /kpi/login} form, and requests that carry those cookies and, where asked, a foreign Origin.
 */
final class StaffHttpSession {

	private final String baseUrl;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient client;

	StaffHttpSession(int port) {
		this.baseUrl = "http://localhost:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Logs into Tasklist through the endpoint its login form posts to; returns the status of the login. */
	int logIntoTasklist(String userId, String password) {
		get("/camunda/app/tasklist/");
		return send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", cookie("XSRF-TOKEN").orElseThrow())
			.POST(form("username=" + encode(userId) + "&password=" + encode(password)))).statusCode();
	}

	/** Logs in on {@code /kpi/login}; returns where the login redirects. */
	String logIntoKpi(String userId, String password) {
		return postForm("/kpi/login", "username=" + encode(userId) + "&password=" + encode(password)).headers().firstValue("Location")
			.orElse("");
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
	}

	HttpResponse<String> getPage(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
	}

	/** A form of one of the project's pages, posted as a browser does. */
	HttpResponse<String> postForm(String path, String body) {
		return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").POST(form(body)));
	}

	/** A change through the webapps' engine API, as their scripts send it: JSON, with the XSRF token it is given. */
	HttpResponse<String> postToWebappEngine(String path, String json, String xsrfToken) {
		return send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default" + path)).header("Content-Type", "application/json")
			.header("Accept", "application/json").header("X-XSRF-TOKEN", xsrfToken).POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	Optional<String> cookie(String name) {
		return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name)).map(HttpCookie::getValue)
			.findFirst();
	}

	private static HttpRequest.BodyPublisher form(String body) {
		return HttpRequest.BodyPublishers.ofString(body);
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
