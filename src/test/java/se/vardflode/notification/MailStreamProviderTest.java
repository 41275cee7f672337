package se.vardflode.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.Test;

import jakarta.mail.util.StreamProvider;

/**
 * Jakarta Mail's stream provider is named, not searched for: without {@link MailConfiguration#STREAM_PROVIDER} every
 * encoded header costs a ServiceLoader scan of the class path (jakartaee/mail-api#861).
 */
class MailStreamProviderTest {

	@Test
	void theMailConfigurationNamesAngusStreamProviderForJakartaMail() throws Exception {
		Class.forName(MailConfiguration.class.getName(), true, getClass().getClassLoader());

		assertThat(System.getProperty(MailConfiguration.STREAM_PROVIDER)).isEqualTo(MailStreamProvider.class.getName());
		assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
	}

}
