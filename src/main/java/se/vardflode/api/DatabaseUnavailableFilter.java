package se.vardflode.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The login check reaches the database before any handler: HTTP Basic against the Camunda identity service, in
 * Spring Security's filter chain for {@code /api} and Actuator and in Camunda's filter for {@code /engine-rest}. When
 * the database is away that check throws, and without this filter the servlet container answered a generic 500.
 * Ordered before Spring Security's ({@code -100}) and Camunda's filters, so that their failure is seen here and
 * answered as {@link DatabaseUnavailable}. Any other failure passes through unchanged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final ObjectMapper json;

	DatabaseUnavailableFilter(ObjectMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException failure) {
			if (!DatabaseUnavailable.causedBy(failure) || response.isCommitted()) {
				throw failure;
			}
			// the path only: a query string may hold a personnummer
			log.warn("Database unavailable: answered {} {} with 503 ({})", request.getMethod(), request.getRequestURI(),
					DatabaseUnavailable.reason(failure));
			response.reset();
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), DatabaseUnavailable.members(request.getRequestURI()));
		}
	}

}
