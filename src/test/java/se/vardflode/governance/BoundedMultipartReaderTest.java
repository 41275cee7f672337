package se.vardflode.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response.Status;

import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.mapper.MultipartFormData;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The limit holds for a request that does not say how large it is (chunked), as well as for one that does. */
class BoundedMultipartReaderTest {

	static final MediaType MULTIPART = new MediaType("multipart", "form-data", Map.of("boundary", "b"));

	final BoundedMultipartReader reader = new BoundedMultipartReader(new DeploymentSettings(DataSize.ofKilobytes(1)));

	@Test
	void reads_a_request_within_the_limit() throws Exception {
		MultipartFormData parts = reader.readFrom(MultipartFormData.class, null, null, MULTIPART, headers(null), body(100));

		assertThat(parts.getNamedPart("data").getBinaryContent()).hasSize(100);
	}

	@Test
	void stops_reading_a_chunked_request_at_the_limit() {
		assertThatThrownBy(() -> reader.readFrom(MultipartFormData.class, null, null, MULTIPART, headers(null), body(4096)))
			.isInstanceOfSatisfying(RestException.class, ex -> assertThat(ex.getStatus()).isEqualTo(Status.BAD_REQUEST))
			.hasMessageContaining("för stor");
	}

	@Test
	void refuses_a_request_that_says_it_is_too_large_without_reading_it() {
		InputStream unread = new InputStream() {
			@Override
			public int read() {
				throw new AssertionError("the body was read");
			}
		};

		assertThatThrownBy(() -> reader.readFrom(MultipartFormData.class, null, null, MULTIPART, headers("52428800"), unread))
			.isInstanceOfSatisfying(RestException.class, ex -> assertThat(ex.getStatus()).isEqualTo(Status.BAD_REQUEST));
	}

	private static MultivaluedHashMap<String, String> headers(String contentLength) {
		MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
		headers.putSingle("content-type", MULTIPART.toString());
		if (contentLength != null) {
			headers.putSingle("Content-Length", contentLength);
		}
		return headers;
	}

	private static InputStream body(int size) {
		String body = "--b\r\nContent-Disposition: form-data; name=\"data\"; filename=\"x.bpmn\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n" + " ".repeat(size) + "\r\n--b--\r\n";
		return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
	}

}
