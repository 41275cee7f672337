package se.vardflode.patient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Headless Debian Chromium driven by Playwright, without Playwright's own browser download (the surefire
 * configuration sets PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1). Without the package the browser tests fail and say so.
 */
public final class BrowserFixture implements AutoCloseable {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	public final Playwright playwright;
	public final Browser browser;

	private BrowserFixture(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	public static BrowserFixture start() {
		if (!Files.isExecutable(CHROMIUM)) {
			throw new IllegalStateException("The browser tests need Chromium at " + CHROMIUM
					+ ": install the Debian package 'chromium' (apt-get install -y chromium), as .ci/run does");
		}
		Playwright playwright = Playwright.create();
		Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
					"--disable-sync")));
		return new BrowserFixture(playwright, browser);
	}

	public static Path screenshot(String name) {
		return Paths.get("target", "screenshots", name + ".png");
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}

}
