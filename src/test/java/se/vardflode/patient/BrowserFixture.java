package se.vardflode.patient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Headless Chromium driven by Playwright, without Playwright's own browser download (the surefire configuration sets
 * PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1): the system property {@code chromium.path} or the environment variable
 * {@code CHROMIUM_PATH} names the browser, Debian's {@code /usr/bin/chromium} by default. Without a browser there the
 * browser tests fail and say what to install.
 */
public final class BrowserFixture implements AutoCloseable {

	static final String PATH_PROPERTY = "chromium.path";
	static final String PATH_VARIABLE = "CHROMIUM_PATH";
	static final String DEBIAN_CHROMIUM = "/usr/bin/chromium";

	public final Playwright playwright;
	public final Browser browser;

	private BrowserFixture(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	public static BrowserFixture start() {
		Path chromium = chromium();
		Playwright playwright = Playwright.create();
		Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
					"--disable-sync")));
		return new BrowserFixture(playwright, browser);
	}

	/** The browser named by the system property, else the environment variable, else Debian's; it must be there. */
	static Path chromium() {
		String configured = System.getProperty(PATH_PROPERTY, System.getenv(PATH_VARIABLE));
		Path chromium = Paths.get(configured == null || configured.isBlank() ? DEBIAN_CHROMIUM : configured);
		if (!Files.isExecutable(chromium)) {
			throw new IllegalStateException("The browser tests need Chromium (or Google Chrome) at " + chromium + ", and there is"
					+ " none. Install it, or point -D" + PATH_PROPERTY + "=... or " + PATH_VARIABLE + " at the one you have:\n"
					+ "  Debian/Ubuntu: apt-get install chromium (then " + DEBIAN_CHROMIUM + ", the default)\n"
					+ "  macOS: brew install --cask chromium, then " + PATH_VARIABLE
					+ "=/Applications/Chromium.app/Contents/MacOS/Chromium\n"
					+ "  Windows: winget install Google.Chrome, then " + PATH_VARIABLE
					+ "=C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe");
		}
		return chromium;
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
