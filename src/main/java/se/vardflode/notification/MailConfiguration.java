package se.vardflode.notification;

import org.eclipse.angus.mail.util.MailStreamProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	/** The system property Jakarta Mail reads first when it looks for its stream provider. */
	static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	/*
	 * Jakarta Mail looks its StreamProvider up anew for nearly every header it encodes or decodes and every part it
	 * writes, and without this property each look-up is a ServiceLoader scan of the whole class path
	 * (jakartaee/mail-api#861): 14 % of the job executor's CPU in the benchmark's reminders (JFR). Named here, the
	 * look-up is a class already loaded. An operator's own -D value is left alone.
	 */
	static {
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, MailStreamProvider.class.getName());
		}
	}

	/** Replaces Spring Boot's SMTP sender where {@code vardflode.mail.delivery=file}. */
	@Bean
	@ConditionalOnProperty(name = "vardflode.mail.delivery", havingValue = "file")
	JavaMailSender emlFileMailSender(MailSettings settings) {
		if (settings.fileDirectory() == null) {
			throw new IllegalStateException("vardflode.mail.file-directory must be set when vardflode.mail.delivery=file");
		}
		return new EmlFileMailSender(settings.fileDirectory());
	}

}
