package se.vardflode.governance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The size limit of {@link BoundedMultipartReader} for the webapps' own copy of the engine REST API
 * ({@code /camunda/api/engine/...}, which Cockpit and Tasklist call), a JAX-RS application the starter registers
 * without a way to add a reader to it. A multipart request that says it is too large is refused before it is read;
 * one that does not say fails as soon as it has been read past the limit.
 */
class WebappEngineApiUploadLimit extends OncePerRequestFilter {

	private final long maxBytes;

	WebappEngineApiUploadLimit(DeploymentSettings settings) {
		this.maxBytes = settings.maxSize().toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getContentType() == null || !request.getContentType().toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write("{\"type\":\"RestException\",\"message\":\"Driftsättningen är för stor: högst " + maxBytes / 1024
					+ " kB tas emot.\"}");
			return;
		}
		chain.doFilter(new BoundedRequest(request, maxBytes), response);
	}

	private static final class BoundedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		BoundedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream body = super.getInputStream();
			return new ServletInputStream() {
				private long read;

				@Override
				public int read() throws IOException {
					int next = body.read();
					count(next < 0 ? 0 : 1);
					return next;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = body.read(buffer, offset, length);
					count(Math.max(n, 0));
					return n;
				}

				private void count(int n) throws IOException {
					read += n;
					if (read > maxBytes) {
						throw new IOException("Driftsättningen är för stor: högst " + maxBytes / 1024 + " kB tas emot.");
					}
				}

				@Override
				public boolean isFinished() {
					return body.isFinished();
				}

				@Override
				public boolean isReady() {
					return body.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					body.setReadListener(listener);
				}
			};
		}

	}

}
