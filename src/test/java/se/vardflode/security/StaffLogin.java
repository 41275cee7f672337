package se.vardflode.security;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

/**
 * Logs a staff member into Tasklist, Cockpit or Admin the way a person does: click "Username", type, click
 * "Password", type, click "Log in". Typing goes through the browser's keyboard, not by setting the field's value, so
 * a page that takes no input (as the webapps' stock CSP sandbox did in current Chromium, issue 23) fails here, and
 * so does a form that never submits: the login must reach the webapps' login endpoint and be accepted.
 *
 * <p>A test that needs a logged-in session quickly logs in once and reuses that context's cookies
 * ({@link #session}).
 */
public final class StaffLogin {

	/** The webapps at {@code /camunda/app/<path>/}; each has its own login endpoint. */
	public enum Webapp {
		TASKLIST("tasklist"), COCKPIT("cockpit"), ADMIN("admin");

		final String path;

		Webapp(String path) {
			this.path = path;
		}
	}

	/** The button as the webapps label it in English, or in Swedish should a Swedish translation be installed. */
	private static final Pattern LOG_IN = Pattern.compile("^\\s*(Log in|Logga in)\\s*$");
	private static final Pattern USERNAME = Pattern.compile("^(Username|Användarnamn)$");
	private static final Pattern PASSWORD = Pattern.compile("^(Password|Lösenord)$");
	/** The button of Spring Security's login form, which the local identity provider shows. */
	private static final Pattern SIGN_IN = Pattern.compile("^\\s*Sign in\\s*$");
	private static final double SUBMIT_TIMEOUT_MILLIS = 15_000;
	private static final double FOCUS_TIMEOUT_MILLIS = 5_000;
	private static final int CLICK_ATTEMPTS = 3;

	private StaffLogin() {
	}

	/** Opens the webapp's login page on {@code baseUrl} (e.g. {@code http://localhost:8080}) and logs in. */
	public static void logIn(Page page, String baseUrl, Webapp webapp, String userId, String password) {
		reportWhatFails(page, webapp);
		page.navigate(baseUrl + "/camunda/app/" + webapp.path + "/");
		// a person waits until the page has loaded before typing
		page.waitForLoadState(LoadState.NETWORKIDLE);
		var username = page.getByPlaceholder(USERNAME);
		typeInto(username, userId, webapp, "username");
		var passwordField = page.getByPlaceholder(PASSWORD);
		typeInto(passwordField, password, webapp, "password");
		if (!userId.equals(username.inputValue())) {
			throw new AssertionError(webapp + "'s username field changed while the password was typed: '" + username.inputValue() + "'");
		}
		Response login;
		try {
			login = page.waitForResponse(response -> response.request().method().equals("POST")
					&& response.url().endsWith("/camunda/api/admin/auth/user/default/login/" + webapp.path),
					new Page.WaitForResponseOptions().setTimeout(SUBMIT_TIMEOUT_MILLIS),
					() -> page.getByRole(AriaRole.BUTTON,
							new Page.GetByRoleOptions().setName(LOG_IN)).click());
		}
		catch (TimeoutError noSubmit) {
			throw new AssertionError("Clicking \"Log in\" in " + webapp + " did not submit the login form within "
					+ (long) SUBMIT_TIMEOUT_MILLIS + " ms", noSubmit);
		}
		if (login.status() != 200) {
			throw new AssertionError(webapp + " refused the login of " + userId + ": HTTP " + login.status());
		}
	}

	/**
	 * A webapp that stays on its spinner after the login says nothing in the test's failure; what its scripts and
	 * requests reported does (printed with the test's output).
	 */
	private static void reportWhatFails(Page page, Webapp webapp) {
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				System.err.println(webapp + " console: " + message.text());
			}
		});
		page.onRequestFailed(request -> System.err.println(webapp + " request failed: " + request.method() + " " + request.url() + " " + request.failure()));
		page.onResponse(response -> {
			if (response.status() >= 400) {
				System.err.println(webapp + " answered " + response.status() + ": " + response.request().method() + " " + response.url());
			}
		});
	}

	/**
	 * Clicks the field and types, as a person does. An AngularJS page may still be rendering when it first shows its
	 * form and replace the field under the click; like a person who sees the cursor is not there, the helper clicks
	 * again (a few times at most). It fails if the keys never reach the field.
	 */
	private static void typeInto(Locator field, String text, Object where, String what) {
		for (int attempt = 1; attempt <= CLICK_ATTEMPTS; attempt++) {
			field.click();
			if (hasFocus(field)) {
				field.page().keyboard().type(text);
				if (text.equals(field.inputValue())) {
					return;
				}
				field.clear();
			}
		}
		throw new AssertionError("Typing into " + where + "'s " + what + " field did not reach the page (it holds '"
				+ field.inputValue() + "'): the login page takes no keyboard input");
	}

	private static boolean hasFocus(Locator field) {
		try {
			PlaywrightAssertions.assertThat(field).isFocused(new LocatorAssertions.IsFocusedOptions().setTimeout(FOCUS_TIMEOUT_MILLIS));
			return true;
		}
		catch (AssertionError notFocused) {
			return false;
		}
	}

	/**
	 * Opens {@code pathAndQuery} (e.g. {@code /kpi?from=2024-02}), which sends a browser without a staff session to
	 * {@code /kpi/login}, and logs in there by clicking and typing; the login leads back to the page.
	 */
	public static void logIntoStaffPage(Page page, String baseUrl, String pathAndQuery, String userId, String password) {
		page.navigate(baseUrl + pathAndQuery);
		typeInto(page.getByLabel("Användarnamn"), userId, "/kpi/login", "username");
		typeInto(page.getByLabel("Lösenord"), password, "/kpi/login", "password");
		Response login;
		try {
			login = page.waitForResponse(response -> response.request().method().equals("POST") && response.url().endsWith("/kpi/login"),
					new Page.WaitForResponseOptions().setTimeout(SUBMIT_TIMEOUT_MILLIS),
					() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(LOG_IN)).click());
		}
		catch (TimeoutError noSubmit) {
			throw new AssertionError("Clicking \"Logga in\" on /kpi/login did not submit the login form", noSubmit);
		}
		String location = login.headers().getOrDefault("location", "");
		if (location.contains("?fel")) {
			throw new AssertionError("/kpi/login refused the login of " + userId);
		}
		page.waitForURL(url -> url.startsWith(baseUrl + pathAndQuery));
	}

	/**
	 * Opens {@code appUrl} (a staff page of Vårdflöde), which sends a browser without a staff session to the identity
	 * provider's login form; logs in there by clicking and typing, and waits until the provider has sent the browser
	 * back to Vårdflöde ({@code appBase}).
	 */
	public static void logInAtIdentityProvider(Page page, String appBase, String appUrl, String username, String password) {
		page.navigate(appUrl);
		page.waitForLoadState(LoadState.NETWORKIDLE);
		if (page.url().startsWith(appBase)) {
			throw new AssertionError(appUrl + " did not send the browser to the identity provider's login but stayed at " + page.url());
		}
		typeInto(page.getByPlaceholder(USERNAME), username, "the identity provider", "username");
		typeInto(page.getByPlaceholder(PASSWORD), password, "the identity provider", "password");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(SIGN_IN)).click();
		try {
			page.waitForURL(url -> url.startsWith(appBase), new Page.WaitForURLOptions().setTimeout(SUBMIT_TIMEOUT_MILLIS));
		}
		catch (TimeoutError stayed) {
			throw new AssertionError("The identity provider did not send " + username + " back to Vårdflöde; the browser is at " + page.url(),
					stayed);
		}
	}

	/**
	 * The cookies and storage of one real login into {@code webapp}, for tests that then open pages in new contexts
	 * ({@code Browser.NewContextOptions.setStorageState}) without going through the login form again.
	 */
	public static String session(Browser browser, String baseUrl, Webapp webapp, String userId, String password) {
		try (BrowserContext context = browser.newContext()) {
			logIn(context.newPage(), baseUrl, webapp, userId, password);
			return context.storageState();
		}
	}

}
