package se.vardflode.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.vardflode.VardflodeTest;

/**
 * Several staff members open the webapps at once: each page's scripts carry the nonce of the policy that came with
 * that page, or the browser runs none of them and the webapp never leaves its spinner (Camunda 7.24.0 shares the
 * nonce between requests, see {@link WebappScriptNonce}).
 */
@VardflodeTest
class WebappScriptNonceTest {

	static final Pattern POLICY_NONCE = Pattern.compile("'nonce-([^']+)'");
	static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"([^\"]*)\"");
	static final List<String> PAGES = List.of("/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/",
			"/camunda/app/admin/default/");

	@LocalServerPort
	int port;

	@Test
	void every_page_opened_at_the_same_time_as_others_carries_the_nonce_of_its_own_policy() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
		ExecutorService staff = Executors.newFixedThreadPool(8);
		try {
			for (int i = 0; i < 240; i++) {
				// every request to the webapps, a script or an API call too, passes the header filter that makes a nonce
				String path = i % 2 == 0 ? PAGES.get(i / 2 % PAGES.size()) : "/camunda/api/engine/engine/";
				HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
				answers.add(CompletableFuture.supplyAsync(() -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).join(), staff));
			}
			int pages = 0;
			for (var answer : answers) {
				HttpResponse<String> response = answer.join();
				Matcher inPage = PAGE_NONCE.matcher(response.body());
				if (response.statusCode() != 200 || !inPage.find()) {
					continue;
				}
				pages++;
				Matcher inPolicy = POLICY_NONCE.matcher(response.headers().firstValue("Content-Security-Policy").orElseThrow());
				assertThat(inPolicy.find()).isTrue();
				String policyNonce = inPolicy.group(1);
				inPage.reset();
				while (inPage.find()) {
					assertThat(inPage.group(1)).as(response.uri() + "'s script nonce").isEqualTo(policyNonce);
				}
			}
			assertThat(pages).isEqualTo(120);
		}
		finally {
			staff.shutdownNow();
		}
	}

}
