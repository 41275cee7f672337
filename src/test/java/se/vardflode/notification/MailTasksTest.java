package se.vardflode.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;

/**
 * The mail tasks of every model in {@code processes/}, read as the engine reads them: what a template may show is
 * what its task names, a team's mail never names the patient, and patients are told only through the patient
 * notifier (a message in the patient page, the neutral notice by mail).
 */
class MailTasksTest {

	static final Path PROCESSES = Path.of("processes");
	static final Path TEMPLATES = Path.of("src/main/resources/mail");
	/** What identifies the patient: a team's mail links to the task, where staff see it after their login. */
	static final Set<String> WHO_THE_PATIENT_IS = Set.of("personnummer", "patientReference", "patientName", "patientEmail",
			"newParticipantPersonnummer", "consentingPatientReference");
	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*[#^/&]?\\s*([\\w.]+)\\s*}}");

	record MailTask(String model, String id, String delegate, Map<String, String> inputs) {

		String input(String name) {
			return inputs.get(name);
		}

		Set<String> named(String input) {
			String names = inputs.get(input);
			return names == null ? Set.of()
					: Arrays.stream(names.split(",")).map(String::strip).filter(name -> !name.isEmpty()).collect(Collectors.toSet());
		}

	}

	@Test
	void a_teams_mail_shows_only_what_its_task_names_and_never_who_the_patient_is() {
		List<MailTask> teamMails = mailTasks("${notifyUnitTeamDelegate}");
		assertThat(teamMails).hasSizeGreaterThan(10);
		for (MailTask task : teamMails) {
			Set<String> shown = new HashSet<>(task.named("mailVariables"));
			assertThat(shown).as("%s %s names the patient", task.model(), task.id()).doesNotContainAnyElementsOf(WHO_THE_PATIENT_IS);
			// what the delegate adds: the unit's name, and the link to the task the mail is about
			shown.add("unitName");
			if (task.input("task") != null) {
				shown.add("taskUrl");
			}
			assertThat(placeholders(task.input("mailTemplate"))).as("what %s's template %s shows", task.id(), task.input("mailTemplate"))
				.isSubsetOf(shown);
			assertThat(task.input("mailTemplate")).as(task.id()).doesNotStartWith("patient");
		}
	}

	@Test
	void a_patient_is_told_in_her_inbox_by_a_message_of_her_own() {
		List<MailTask> patientMessages = mailTasks("${notifyPatientDelegate}");
		assertThat(patientMessages).hasSizeGreaterThan(5);
		for (MailTask task : patientMessages) {
			assertThat(task.inputs()).as("%s %s", task.model(), task.id()).containsKeys("message", "patient", "fromUnitId");
			Set<String> shown = new HashSet<>(task.named("messageVariables"));
			shown.add("unitName");
			assertThat(placeholders("patient/" + task.input("message"))).as("what %s's message shows", task.id()).isSubsetOf(shown);
		}
		// the chat's own sender tells the chat's participants through the same notifier: its messages are patient messages
		for (MailTask task : mailTasks("${sendChatMailDelegate}")) {
			assertThat(Files.exists(TEMPLATES.resolve("patient/" + task.input("mailTemplate") + ".mustache"))).as(task.id()).isTrue();
		}
	}

	@Test
	void every_mail_task_is_a_notifier_the_project_knows() {
		Set<String> senders = Set.of("${notifyUnitTeamDelegate}", "${notifyPatientDelegate}", "${sendChatMailDelegate}",
				"${notifySipParticipantsDelegate}", "${remindPatientOfConsentDelegate}");
		// a task that names a mail template or a mail address is a mail task, whatever its delegate
		List<MailTask> mailing = allServiceTasks().stream()
			.filter(task -> task.inputs().containsKey("mailTemplate") || task.inputs().containsKey("mailTo") || task.inputs().containsKey("message"))
			.toList();
		assertThat(mailing).isNotEmpty().allSatisfy(task -> assertThat(senders).as(task.id()).contains(task.delegate()));
	}

	private static List<MailTask> mailTasks(String delegate) {
		return allServiceTasks().stream().filter(task -> delegate.equals(task.delegate())).toList();
	}

	private static List<MailTask> allServiceTasks() {
		try (Stream<Path> files = Files.list(PROCESSES)) {
			return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().flatMap(file -> Bpmn.readModelFromFile(file.toFile())
				.getModelElementsByType(ServiceTask.class).stream().map(task -> new MailTask(file.getFileName().toString(), task.getId(),
						task.getCamundaDelegateExpression(), inputs(task))))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> inputs(ServiceTask task) {
		Map<String, String> inputs = new LinkedHashMap<>();
		if (task.getExtensionElements() == null) {
			return inputs;
		}
		task.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list().stream()
			.flatMap(io -> io.getCamundaInputParameters().stream())
			.forEach((CamundaInputParameter parameter) -> inputs.put(parameter.getCamundaName(), parameter.getTextContent().strip()));
		return inputs;
	}

	private static Set<String> placeholders(String template) {
		try {
			Matcher matcher = PLACEHOLDER.matcher(Files.readString(TEMPLATES.resolve(template + ".mustache"), StandardCharsets.UTF_8));
			Set<String> names = new HashSet<>();
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
