package se.vardflode.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

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
