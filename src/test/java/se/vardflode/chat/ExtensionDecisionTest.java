package se.vardflode.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.vardflode.forms.FieldError;

class ExtensionDecisionTest {

	@Test
	void extension_by_six_months_with_a_reason() {
		ExtensionDecision decision = decision(Map.of("chatDecision", "extend", "extensionMonths", "6", "extensionReason",
				" Uppföljning av eksem "));

		assertThat(decision).isEqualTo(new ExtensionDecision(true, 6, "Uppföljning av eksem"));
	}

	@Test
	void months_may_come_as_a_number() {
		assertThat(decision(Map.of("chatDecision", "extend", "extensionMonths", 12L, "extensionReason", "Behov")).months()).isEqualTo(12);
	}

	@Test
	void letting_the_chat_close_needs_nothing_more() {
		assertThat(decision(Map.of("chatDecision", "close")).extend()).isFalse();
		assertThat(problems(Map.of("chatDecision", "close"))).isEmpty();
	}

	@Test
	void an_extension_with_months_and_reason_keeps_the_rule() {
		assertThat(problems(Map.of("chatDecision", "extend", "extensionMonths", "3", "extensionReason", "Behov"))).isEmpty();
	}

	@Test
	void extension_without_a_reason_is_refused_naming_the_reason() {
		assertThat(problems(Map.of("chatDecision", "extend", "extensionMonths", "3", "extensionReason", "  ")))
			.extracting(FieldError::field).containsExactly("extensionReason");
	}

	@Test
	void extension_without_months_or_reason_names_both() {
		assertThat(problems(Map.of("chatDecision", "extend"))).extracting(FieldError::field)
			.containsExactly("extensionMonths", "extensionReason");
	}

	private static ExtensionDecision decision(Map<String, ?> answers) {
		return ExtensionDecision.of(answers::get);
	}

	private static List<FieldError> problems(Map<String, ?> answers) {
		return decision(answers).problems();
	}

}
