package se.vardflode.notification;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;

/** The sender for staff and external mail refuses a patient's message: those go through PatientNotifier only. */
class MailNotifierTest {

	private final MailNotifier mailNotifier = new MailNotifier(null, null, null, null, new SimpleMeterRegistry());

	@Test
	void a_patient_message_or_its_notice_is_not_mailed_as_a_mail_of_its_own() {
		assertThatThrownBy(() -> mailNotifier.send(null, "patient@example.invalid", "patient/referral-sent", Map.of()))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("send it with PatientNotifier");
		assertThatThrownBy(() -> mailNotifier.send(null, "patient@example.invalid", "patient-notice", Map.of()))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("send it with PatientNotifier");
	}

}
