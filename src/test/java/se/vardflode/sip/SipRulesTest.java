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
			new CareUnit("um-gavle", "UM Gävle", "um@region.example", null, List.of(), List.of()))), SipSettingsTest.defaults());

	@BeforeEach
	void today() {
		EngineClock.setTo("2026-11-23T09:00:00Z");
	}

	@AfterEach
	void realTime() {
		EngineClock.reset();
	}

	@Test
	void a_complete_request_is_valid_and_huvudansvar_is_the_region_or_the_initiating_municipality() {
		SipRequest request = SipFixtures.socialServicesRequestWithPsychiatryAndSchool();
		assertThat(errors(request)).isEmpty();

		SipRules.ValidSipRequest valid = rules.request(request);

		assertThat(Huvudansvar.of(SipSettingsTest.defaults(), valid.municipality(), valid.participants().initiatingOrganisation())
			.organisations()).containsExactly("Region Gävleborg", "Gävle kommun");
	}

	@Test
	void a_municipality_outside_the_region_is_refused() {
		SipRequest request = SipFixtures.withMunicipality(SipFixtures.socialServicesRequestWithPsychiatryAndSchool(), "Uppsala kommun");

		assertThat(errors(request)).containsOnlyKeys("municipality");
		assertThat(errors(request).get("municipality")).startsWith("Kommunen ska vara en av regionens kommuner: Bollnäs kommun, Gävle kommun");
	}

	@Test
	void a_child_is_named_with_her_custodians_who_must_be_adults_and_others_than_the_child() {
		SipRequest withoutCustodians = SipFixtures.forAChild(List.of());
		SipRequest childAsCustodian = SipFixtures.forAChild(List.of(SipFixtures.custodian(SipFixtures.CHILD), SipFixtures.custodian("20100223-9802")));
		SipRequest threeCustodians = SipFixtures.forAChild(List.of(SipFixtures.custodian(SipFixtures.MOTHER),
				SipFixtures.custodian(SipFixtures.FATHER), SipFixtures.custodian("19800101-9804")));

		assertThat(errors(withoutCustodians)).containsOnlyKeys("custodians");
		assertThat(errors(withoutCustodians).get("custodians")).contains("under 18 år", "vårdnadshavarna");
		assertThat(errors(childAsCustodian)).containsOnlyKeys("custodians[0].personnummer", "custodians[1].personnummer");
		assertThat(errors(threeCustodians)).containsOnlyKeys("custodians");
		assertThat(errors(SipFixtures.childWithTwoCustodians())).isEmpty();
	}

	@Test
	void an_adult_consents_herself_and_is_named_without_custodians() {
		SipRequest request = SipFixtures.socialServicesRequestWithPsychiatryAndSchool();
		SipRequest adultWithCustodian = new SipRequest(request.patientPersonnummer(), null, request.initiatingOrganisation(),
				request.initiatingUnitId(), request.reason(), request.participants(), null, null, List.of(SipFixtures.custodian(SipFixtures.MOTHER)));

		assertThat(errors(adultWithCustodian)).containsOnlyKeys("custodians");
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
