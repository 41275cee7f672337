package se.vardflode.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The handler on its own, with a controller that refuses in every way the API does. */
class ProblemDetailsHandlerTest {

	MockMvc mvc = MockMvcBuilders.standaloneSetup(new RefusingController())
		.setControllerAdvice(new ProblemDetailsHandler(validationMessages()))
		.build();

	private static ResourceBundleMessageSource validationMessages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("ValidationMessages");
		messages.setDefaultEncoding("UTF-8");
		return messages;
	}

	@Test
	void bad_input_names_each_field_in_swedish() throws Exception {
		mvc.perform(get("/bad-input"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://vardflode.se/problem/invalid-input"))
			.andExpect(jsonPath("$.title").value("Ogiltiga uppgifter"))
			.andExpect(jsonPath("$.errors.personnummer").value("Kontrollsiffran stämmer inte"))
			.andExpect(jsonPath("$.errors.unitId").value("Enheten finns inte"));
	}

	@Test
	void conflict_points_to_the_existing_work() throws Exception {
		mvc.perform(get("/conflict"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://vardflode.se/problem/chat-already-open"))
			.andExpect(jsonPath("$.existingChatId").value("chat-1"));
	}

	@Test
	void unreadable_value_names_its_field() throws Exception {
		mvc.perform(post("/dated").contentType(MediaType.APPLICATION_JSON).content("{\"dueDate\": \"1 maj\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.dueDate").value("Värdet har fel format"));
	}

	@Test
	void malformed_json_is_a_bad_request() throws Exception {
		mvc.perform(post("/dated").contentType(MediaType.APPLICATION_JSON).content("{"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://vardflode.se/problem/unreadable-request"));
	}

	@Test
	void unexpected_error_tells_no_internals() throws Exception {
		mvc.perform(get("/broken"))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.type").value("https://vardflode.se/problem/internal-error"))
			.andExpect(jsonPath("$.detail").value("Något gick fel. Försök igen om en stund eller kontakta support."));
	}

	@Test
	void a_database_out_of_reach_is_503_with_retry_after() throws Exception {
		mvc.perform(get("/database-away"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "10"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://vardflode.se/problem/database-unavailable"))
			.andExpect(jsonPath("$.detail").value(DatabaseUnavailable.DETAIL))
			.andExpect(jsonPath("$.instance").value("/database-away"));
	}

	@Test
	void a_database_that_refuses_a_statement_is_no_outage() throws Exception {
		mvc.perform(get("/duplicate-key"))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.type").value("https://vardflode.se/problem/internal-error"));
	}

	@RestController
	static class RefusingController {

		/** What Spring and Hikari throw when the pool gives up waiting for a connection. */
		@GetMapping("/database-away")
		void databaseAway() {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", new SQLTransientConnectionException(
					"HikariPool-1 - Connection is not available, request timed out after 3000ms", "08001"));
		}

		@GetMapping("/duplicate-key")
		void duplicateKey() {
			throw new DuplicateKeyException("insert", new SQLException("duplicate key value violates unique constraint", "23505"));
		}

		@GetMapping("/bad-input")
		void badInput() {
			throw ApiProblem.invalidInput(Map.of("personnummer", "Kontrollsiffran stämmer inte", "unitId", "Enheten finns inte"));
		}

		@GetMapping("/conflict")
		void conflict() {
			throw ApiProblem.conflict("chat-already-open", "Chatten finns redan", "Patienten har redan en öppen chatt.",
					Map.of("existingChatId", "chat-1"));
		}

		@PostMapping("/dated")
		void dated(@RequestBody Dated body) {
		}

		@GetMapping("/broken")
		void broken() {
			throw new IllegalStateException("table chat_channel is missing");
		}

	}

	record Dated(LocalDate dueDate) {
	}

}
