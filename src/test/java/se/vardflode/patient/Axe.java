package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * The accessibility check of the patient page: axe-core (the npm package the frontend build installs, pinned in
 * {@code src/main/frontend/package.json}) run in the page as the patient sees it, every rule it runs by default (WCAG
 * 2.x A and AA and best practices). Evaluated through the browser's debugging protocol, so that the page's
 * Content-Security-Policy stays as it is served.
 */
final class Axe {

	private static final Path SCRIPT = Path.of("src/main/frontend/node_modules/axe-core/axe.min.js");
	private static String source;

	private Axe() {
	}

	static void assertNoViolations(Page page, String where) {
		page.evaluate(source());
		Map<?, ?> result = (Map<?, ?>) page.evaluate("""
				async () => {
				  const result = await axe.run(document);
				  return {
				    passed: result.passes.length,
				    violations: result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
				  };
				}""");
		// a check that ran: axe found rules the page passes (the page has a language, headings, labels, …)
		assertThat(((Number) result.get("passed")).intValue()).as("rules axe-core checked on %s", where).isGreaterThan(10);
		assertThat((List<?>) result.get("violations")).as("axe-core on %s", where).isEmpty();
	}

	private static synchronized String source() {
		if (source == null) {
			try {
				source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("axe-core is installed by the build's npm ci (src/main/frontend): " + SCRIPT, ex);
			}
		}
		return source;
	}

}
