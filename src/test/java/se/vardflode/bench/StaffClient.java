package se.vardflode.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A staff member's HTTP client for a node: Basic auth, JSON, as Tasklist and the units' systems call the API. */
final class StaffClient {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String baseUrl;
	private final String authorization;

	StaffClient(String baseUrl, String user, String password) {
		this.baseUrl = baseUrl;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	HttpResponse<String> post(String path, String json) {
		return post(path, json, "application/json");
	}

	/** As Tasklist's client sends its requests: {@code application/hal+json, application/json; q=0.5}. */
	HttpResponse<String> post(String path, String json, String accept) {
		return send(request(path).header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(json)).build());
	}

	HttpResponse<String> get(String path) {
		return send(request(path).header("Accept", "application/json").GET().build());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Authorization", authorization)
			.header("Content-Type", "application/json");
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
