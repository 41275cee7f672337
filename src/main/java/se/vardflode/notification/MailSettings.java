package se.vardflode.notification;

import java.nio.file.Path;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param from sender address of every mail
 * @param delivery {@code smtp} sends through {@code spring.mail.*}; {@code file} keeps each mail as an .eml file
 * @param fileDirectory where {@code file} delivery writes
 */
@Validated
@ConfigurationProperties("vardflode.mail")
record MailSettings(@NotBlank @Email String from, @NotNull Delivery delivery, Path fileDirectory) {

	enum Delivery {
		SMTP, FILE
	}

}
