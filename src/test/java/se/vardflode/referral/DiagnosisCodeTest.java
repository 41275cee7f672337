package se.vardflode.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiagnosisCodeTest {

	@ParameterizedTest
	@CsvSource({ "F32.1, DEPRESSION", "F33, DEPRESSION", "F41.1, ANXIETY", "F43.2, ANXIETY", "F31.4, BIPOLAR", "F20.0, PSYCHOSIS",
			"F60.3, PERSONALITY", "F90.0, NEUROPSYCHIATRIC", "F84.5, NEUROPSYCHIATRIC", "F10.2, SUBSTANCE", "F50.0, OTHER", "Z73.0, OTHER" })
	void groups_chapter_f_codes_for_routing(String code, DiagnosisCode.Group group) {
		assertThat(DiagnosisCode.parse(code).group()).isEqualTo(group);
	}

	@ParameterizedTest
	@ValueSource(strings = { "f32.1", "F3", "F32.", "F32,1", "32.1", "depression" })
	void refuses_what_is_not_an_icd_10_code(String text) {
		assertThatThrownBy(() -> DiagnosisCode.parse(text)).hasMessageContaining("ICD-10");
	}

}
