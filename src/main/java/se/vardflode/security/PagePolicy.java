package se.vardflode.security;

/** The Content-Security-Policy of the project's own pages ({@code /}, {@code /patient}, {@code /kpi}). */
public final class PagePolicy {

	/**
	 * Scripts, styles, fonts and data only from this server, no plugins, no framing, forms only to this server. Inline
	 * styles stay allowed: form-js and Chart.js set element styles at run time. Images may be data URLs (form-js's
	 * icons are bundled as such).
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private PagePolicy() {
	}

}
