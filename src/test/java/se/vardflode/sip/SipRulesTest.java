package se.vardflode.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardflode.EngineClock;
import se.vardflode.api.RequestChecks;
import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;
import se.vardflode.sip.SipRequest.ExternalParticipant;
import se.vardflode.sip.SipRequest.Participants;

/** What a SIP request must contain, every bad field named at once. */
class SipRulesTest {

	final SipRules rules = new SipRules(new CareUnits(List.of(
			new CareUnit("kommun-gavle-socialtjanst", "Kommun Gävle socialtjänst", "soc@kommun.example", null, List.of("sip-coordination"), List.of()),
			new CareUnit("psykiatri-gavleborg", "Psykiatri Gävleborg", "psyk@region.example", null, List.of("sip-coordination"), List.of()),
			new CareUnit("pst-sodra-halsingland", "PST Södra Hälsingland", "pst@region.example", null, List.of("sip-coordination"), List.of()),
			new CareUnit("um-gavle", "UM Gävle", "um@region.example", null, List.of(), List.of()))));

	@BeforeEach
	void today() {
		EngineClock.setTo("2026-11-23T09:00:00Z");
	}

	@AfterEach
	void realTime() {
		EngineClock.reset();
	}

	@Test
	void a_complete_request_is_valid_and_lists_the_participating_organisations() {
		SipRequest request = SipFixtures.socialServicesRequestWithPsychiatryAndSchool();
		assertThat(errors(request)).isEmpty();

		SipParticipants participants = rules.request(request).participants();

		assertThat(participants.organisations("Region Gävleborg"))
			.containsExactly("Gävle kommun", "Region Gävleborg", "Polhemsskolan", "Försäkringskassan");
	}

	@Test
	void every_bad_field_is_named() {
		SipRequest bad = new SipRequest("19121212-1213", "inte-en-adress", " ", "okand-enhet", "",
				new Participants(List.of("psykiatri-gavleborg", "finns-inte"),
						Arrays.asList(new ExternalParticipant("", "Skolan", "kurator@"), null)));

		Map<String, String> errors = errors(bad);

		assertThat(errors).containsOnlyKeys("patientPersonnummer", "patientEmail", "initiatingOrganisation", "initiatingUnitId",
				"reason", "participants.regionUnitIds[1]", "participants.external[0].name", "participants.external[0].email",
				"participants.external[1]");
		assertThat(errors.get("patientPersonnummer")).isEqualTo("Kontrollsiffran stämmer inte");
		assertThat(errors.get("participants.regionUnitIds[1]")).isEqualTo("Enheten 'finns-inte' finns inte");
	}

	@Test
	void a_unit_that_does_not_start_sip_cannot_initiate_one() {
		SipRequest request = SipFixtures.socialServicesRequestWithPsychiatryAndSchool();
		SipRequest fromUm = new SipRequest(request.patientPersonnummer(), null, "Region Gävleborg", "um-gavle", request.reason(),
				request.participants());

		assertThat(errors(fromUm)).containsOnlyKeys("initiatingUnitId");
	}

	@Test
	void a_request_needs_at_least_one_participant_besides_the_initiator() {
		SipRequest request = SipFixtures.socialServicesRequestWithPsychiatryAndSchool();
		SipRequest alone = new SipRequest(request.patientPersonnummer(), null, request.initiatingOrganisation(), request.initiatingUnitId(),
				request.reason(), new Participants(List.of(), null));

		assertThat(errors(alone)).containsOnlyKeys("participants");
	}

	private Map<String, String> errors(SipRequest request) {
		return RequestChecks.errors(request, rules);
	}

}
