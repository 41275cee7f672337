package se.vardflode.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ExtensionDecisionTest {

	@Test
	void extension_by_six_months_with_a_reason() {
		ExtensionDecision decision = ExtensionDecision.of(
				Map.of("chatDecision", "extend", "extensionMonths", "6", "extensionReason", " Uppföljning av eksem "));

		assertThat(decision).isEqualTo(new ExtensionDecision(true, 6, "Uppföljning av eksem"));
	}

	@Test
	void months_may_come_as_a_number() {
		assertThat(ExtensionDecision.of(Map.of("chatDecision", "extend", "extensionMonths", 12L, "extensionReason", "Behov"))
			.months()).isEqualTo(12);
	}

	@Test
	void letting_the_chat_close_needs_nothing_more() {
		assertThat(ExtensionDecision.of(Map.of("chatDecision", "close")).extend()).isFalse();
	}

	@Test
	void other_lengths_than_three_six_or_twelve_months_are_refused() {
		assertThatThrownBy(() -> ExtensionDecision.of(
				Map.of("chatDecision", "extend", "extensionMonths", "5", "extensionReason", "Behov")))
			.hasMessage("Chatten kan förlängas med 3, 6 eller 12 månader");
	}

	@Test
	void extension_without_a_reason_is_refused() {
		assertThatThrownBy(() -> ExtensionDecision.of(Map.of("chatDecision", "extend", "extensionMonths", "3")))
			.hasMessageContaining("Ange varför");
	}

	@Test
	void missing_decision_is_refused() {
		assertThatThrownBy(() -> ExtensionDecision.of(Map.of())).hasMessageContaining("förlängas eller stängas");
	}

}
