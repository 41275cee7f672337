package se.vardflode.patient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import se.vardflode.patient.PatientAuditLog.Action;
import se.vardflode.patient.PatientAuditLog.ActorType;

/**
 * Staff reads of a patient's task through the engine REST API or Tasklist's engine API (only the process owner is
 * authorized to make them) go into the same PDL access log as the patient API's: after a successful GET of a
 * patient task, its form or its variables, the reader, the patient and the task are logged.
 */
@Component
class StaffReadAuditFilter extends OncePerRequestFilter {

	private static final Pattern TASK_READ = Pattern.compile("^/(?:engine-rest|camunda/api/engine/engine/([^/]+))/task/([^/]+)(/[^/]+)?.*$");

	private final TaskService taskService;
	private final PatientAuditLog auditLog;

	StaffReadAuditFilter(TaskService taskService, PatientAuditLog auditLog) {
		this.taskService = taskService;
		this.auditLog = auditLog;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		if (!"GET".equals(request.getMethod()) || response.getStatus() / 100 != 2) {
			return;
		}
		Matcher read = TASK_READ.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (!read.matches() || read.group(2).equals("count") || read.group(2).equals("report")) {
			return;
		}
		Task task = taskService.createTaskQuery().taskId(read.group(2)).singleResult();
		if (task == null || !PatientAssignee.isPatient(task.getAssignee())) {
			return;
		}
		String reader = read.group(1) == null ? basicUser(request) : webappUser(request, read.group(1));
		String what = read.group(3) == null ? "" : read.group(3);
		Action action = what.contains("form") ? Action.READ_TASK_FORM : Action.READ_TASK;
		Personnummer patient = PatientAssignee.patientOf(task.getAssignee());
		auditLog.record(reader == null ? "okänd" : reader, ActorType.STAFF, patient, action, task.getId());
	}

	/** The engine REST API's caller, whose password Camunda's filter has already checked (the read succeeded). */
	private static String basicUser(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		String credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
		int colon = credentials.indexOf(':');
		return colon < 0 ? credentials : credentials.substring(0, colon);
	}

	private static String webappUser(HttpServletRequest request, String engine) {
		HttpSession session = request.getSession(false);
		Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
		var authentication = authentications == null ? null : authentications.getAuthenticationForProcessEngine(engine);
		return authentication == null ? null : authentication.getName();
	}

}
