package se.vardflode.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.StreamUtils;
import org.springframework.util.unit.DataSize;

/** A chunked upload (no Content-Length) to the webapps' engine API stops at the limit. */
class WebappEngineApiUploadLimitTest {

	final WebappEngineApiUploadLimit filter = new WebappEngineApiUploadLimit(new DeploymentSettings(DataSize.ofKilobytes(1)));

	@Test
	void a_chunked_upload_fails_once_it_is_read_past_the_limit() {
		MockHttpServletRequest request = chunked(new byte[4096]);

		assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(),
				(servletRequest, servletResponse) -> StreamUtils.copyToByteArray(servletRequest.getInputStream())))
			.isInstanceOf(IOException.class)
			.hasMessageContaining("för stor");
	}

	@Test
	void a_chunked_upload_within_the_limit_is_read_whole() throws Exception {
		MockHttpServletRequest request = chunked(new byte[512]);
		int[] read = new int[1];

		filter.doFilter(request, new MockHttpServletResponse(),
				(servletRequest, servletResponse) -> read[0] = StreamUtils.copyToByteArray(servletRequest.getInputStream()).length);

		assertThat(read[0]).isEqualTo(512);
	}

	private static MockHttpServletRequest chunked(byte[] body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/camunda/api/engine/engine/default/deployment/create") {
			@Override
			public long getContentLengthLong() {
				return -1;
			}
		};
		request.setContentType("multipart/form-data; boundary=b");
		request.setContent(body);
		return request;
	}

}
