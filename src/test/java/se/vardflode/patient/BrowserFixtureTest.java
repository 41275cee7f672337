package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The browser tests run wherever a developer has a Chromium, and say what to install where there is none. */
class BrowserFixtureTest {

	private final String configured = System.getProperty(BrowserFixture.PATH_PROPERTY);

	@AfterEach
	void restoreProperty() {
		if (configured == null) {
			System.clearProperty(BrowserFixture.PATH_PROPERTY);
		}
		else {
			System.setProperty(BrowserFixture.PATH_PROPERTY, configured);
		}
	}

	@Test
	void a_missing_browser_fails_naming_what_to_install_on_debian_macos_and_windows() {
		System.setProperty(BrowserFixture.PATH_PROPERTY, "/nowhere/chromium");

		assertThatIllegalStateException().isThrownBy(BrowserFixture::chromium)
			.withMessageContaining("/nowhere/chromium")
			.withMessageContaining("apt-get install chromium")
			.withMessageContaining("brew install --cask chromium")
			.withMessageContaining("winget install")
			.withMessageContaining("CHROMIUM_PATH");
	}

	@Test
	void the_system_property_names_the_browser() {
		System.setProperty(BrowserFixture.PATH_PROPERTY, BrowserFixture.DEBIAN_CHROMIUM);

		assertThat(BrowserFixture.chromium()).hasToString(BrowserFixture.DEBIAN_CHROMIUM);
	}

}
