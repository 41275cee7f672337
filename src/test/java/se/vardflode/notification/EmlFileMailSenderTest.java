package se.vardflode.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.javamail.MimeMessageHelper;

class EmlFileMailSenderTest {

	@TempDir
	Path mailDirectory;

	@Test
	void keeps_each_mail_as_an_eml_file_that_reads_back_unchanged() throws Exception {
		EmlFileMailSender sender = new EmlFileMailSender(mailDirectory.resolve("mail"));
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
		helper.setFrom("vardflode@region.example");
		helper.setTo("bvc-gavle@region.example");
		helper.setSubject("Välkommen till chatten – BVC Gävle");
		helper.setText("Hej! Här kan du skriva till oss när det passar dig.");

		sender.send(message);

		List<Path> files = Files.list(mailDirectory.resolve("mail")).toList();
		assertThat(files).singleElement().satisfies(file -> assertThat(file.toString()).endsWith(".eml"));
		try (InputStream in = Files.newInputStream(files.get(0))) {
			MimeMessage saved = new MimeMessage(Session.getInstance(new Properties()), in);
			assertThat(saved.getSubject()).isEqualTo("Välkommen till chatten – BVC Gävle");
			assertThat(saved.getAllRecipients()[0].toString()).isEqualTo("bvc-gavle@region.example");
			assertThat((String) saved.getContent()).isEqualTo("Hej! Här kan du skriva till oss när det passar dig.");
		}
	}

}
