package se.vardflode.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every form a process owner puts in forms/ is one the server can check; an unsupported component fails here first. */
class ProjectFormsTest {

	@Test
	void every_form_in_forms_is_understood_by_the_server_side_validation() throws IOException {
		List<Path> forms;
		try (Stream<Path> files = Files.walk(Path.of("forms"))) {
			forms = files.filter(file -> file.toString().endsWith(".form")).toList();
		}
		assertThat(forms).isNotEmpty();
		for (Path file : forms) {
			FormSchema form = FormSchema.parse(Files.readString(file));
			assertThat(form.fields()).as("%s has input fields", file).isNotEmpty();
		}
	}

}
