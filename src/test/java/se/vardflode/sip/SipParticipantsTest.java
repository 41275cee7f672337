package se.vardflode.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.vardflode.sip.SipRequest.ExternalParticipant;

/** Who takes part once the patient has said whom they accept. */
class SipParticipantsTest {

	final SipParticipants proposed = new SipParticipants("Gävle kommun", List.of("psykiatri-gavleborg", "pst-sodra-halsingland"),
			List.of(new ExternalParticipant("Anna Kurator", "Polhemsskolan", "kurator@polhem.example"),
					new ExternalParticipant("Olle Handläggare", "Försäkringskassan", "handlaggare@fk.example")));

	@Test
	void only_the_participants_the_patient_accepts_remain() {
		SipParticipants accepted = proposed.acceptedBy(List.of("psykiatri-gavleborg", "handlaggare@fk.example"));

		assertThat(accepted.regionUnitIds()).containsExactly("psykiatri-gavleborg");
		assertThat(accepted.external()).extracting(ExternalParticipant::name).containsExactly("Olle Handläggare");
	}

	@Test
	void the_consent_forms_options_name_units_and_people() {
		assertThat(proposed.participantOptions(id -> id.equals("psykiatri-gavleborg") ? "Psykiatri Gävleborg" : "PST Södra Hälsingland"))
			.containsExactly(Map.of("label", "Psykiatri Gävleborg", "value", "psykiatri-gavleborg"),
					Map.of("label", "PST Södra Hälsingland", "value", "pst-sodra-halsingland"),
					Map.of("label", "Anna Kurator, Polhemsskolan", "value", "kurator@polhem.example"),
					Map.of("label", "Olle Handläggare, Försäkringskassan", "value", "handlaggare@fk.example"));
	}

	@Test
	void the_checklist_is_read_from_json_or_a_list_and_absent_means_not_answered() {
		assertThat(SipParticipants.readAccepted("[\"psykiatri-gavleborg\"]")).containsExactly("psykiatri-gavleborg");
		assertThat(SipParticipants.readAccepted(List.of("kurator@polhem.example"))).containsExactly("kurator@polhem.example");
		assertThat(SipParticipants.readAccepted(null)).isNull();
	}

	@Test
	void external_participants_survive_the_round_trip_through_the_process_variable() {
		assertThat(SipParticipants.readExternal(proposed.externalJson())).isEqualTo(proposed.external());
	}

}
