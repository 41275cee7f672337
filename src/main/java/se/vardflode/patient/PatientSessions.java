package se.vardflode.patient;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Patients' sessions live apart from staff's: their own store and their own cookie, {@code VARDFLODE_PATIENT}
 * ({@code HttpOnly}, {@code SameSite=Lax}, {@code Secure} when the request came over HTTPS), used only on the patient
 * side. The webapps and the staff pages keep the servlet container's session ({@code JSESSIONID}), so a patient's
 * session is never a staff session, and logging out on one side leaves the other alone. In memory, like the
 * container's sessions: several nodes need sticky sessions (README).
 */
final class PatientSessions {

	static final String COOKIE = "VARDFLODE_PATIENT";

	private PatientSessions() {
	}

	static SessionRepositoryFilter<MapSession> filter(Duration timeout) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(COOKIE);
		// the patient page is under /patient and its API under /api/patient: one cookie path covers both only at the root
		cookie.setCookiePath("/");
		cookie.setSameSite("Lax");
		cookie.setUseHttpOnlyCookie(true);
		CookieHttpSessionIdResolver ids = new CookieHttpSessionIdResolver();
		ids.setCookieSerializer(cookie);
		SessionRepositoryFilter<MapSession> filter = new SessionRepositoryFilter<>(new Expiring(timeout));
		filter.setHttpSessionIdResolver(ids);
		return filter;
	}

	/**
	 * Spring Session's map store forgets an expired session only when it is asked for again; a patient who never comes
	 * back would stay in memory. Expired sessions are dropped whenever a new one is created.
	 */
	private static final class Expiring implements SessionRepository<MapSession> {

		private final Map<String, Session> sessions = new ConcurrentHashMap<>();
		private final MapSessionRepository store = new MapSessionRepository(sessions);

		Expiring(Duration timeout) {
			store.setDefaultMaxInactiveInterval(timeout);
		}

		@Override
		public MapSession createSession() {
			sessions.values().removeIf(Session::isExpired);
			return store.createSession();
		}

		@Override
		public void save(MapSession session) {
			store.save(session);
		}

		@Override
		public MapSession findById(String id) {
			return store.findById(id);
		}

		@Override
		public void deleteById(String id) {
			store.deleteById(id);
		}

	}

}
