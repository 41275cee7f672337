package se.vardflode.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Gives each webapp page (Tasklist, Cockpit, Admin, Welcome) the script nonce of its own Content-Security-Policy.
 *
 * <p>Camunda 7.24.0 keeps the nonce it has just put into a response's policy in a <em>servlet-context</em> attribute
 * ({@code ContentSecurityPolicyProvider.getHeaderValue}), and the filter that serves the page reads it back from there
 * ({@code ProcessEnginesFilter.serveIndexPage}). The attribute is shared by every request: when another request to the
 * webapps (Tasklist reloading its list, a second nurse) passes the header filter in between, the page's
 * {@code <script nonce>} carries that request's nonce, the browser refuses every script of the page and the webapp
 * stays on its spinner after the login. Camunda 7 CE gets no more releases, so the project carries the fix: the
 * policy that went out with the page is the truth, and its nonce is written into the page's script tags.
 */
class WebappScriptNonce extends OncePerRequestFilter {

	private static final Pattern POLICY_NONCE = Pattern.compile("'nonce-([A-Za-z0-9_\\-+/=]+)'");
	private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"[^\"]*\"");

	/** The webapps' pages are served for their app paths ({@code /camunda/app/tasklist/default/}); scripts are not. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().endsWith("/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var page = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, page);
		String policy = page.getHeader("Content-Security-Policy");
		String contentType = page.getContentType();
		Matcher nonce = policy == null ? null : POLICY_NONCE.matcher(policy);
		if (nonce != null && nonce.find() && contentType != null && contentType.startsWith("text/html")) {
			String html = new String(page.getContentAsByteArray(), StandardCharsets.UTF_8);
			byte[] fixed = PAGE_NONCE.matcher(html).replaceAll(Matcher.quoteReplacement("nonce=\"" + nonce.group(1) + "\""))
				.getBytes(StandardCharsets.UTF_8);
			page.resetBuffer();
			page.getOutputStream().write(fixed);
		}
		page.copyBodyToResponse();
	}

}
