package se.vardflode.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;
import se.vardflode.sip.SipRequest.ExternalParticipant;
import se.vardflode.sip.SipRequest.Participants;

/** What a SIP request must contain, every bad field named at once. */
class SipRequestValidatorTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	final SipRequestValidator validator = new SipRequestValidator(new CareUnits(List.of(
			new CareUnit("kommun-gavle-socialtjanst", "Kommun Gävle socialtjänst", "soc@kommun.example", null, List.of("sip-coordination"), List.of()),
			new CareUnit("psykiatri-gavleborg", "Psykiatri Gävleborg", "psyk@region.example", null, List.of("sip-coordination"), List.of()),
			new CareUnit("pst-sodra-halsingland", "PST Södra Hälsingland", "pst@region.example", null, List.of("sip-coordination"), List.of()),
			new CareUnit("um-gavle", "UM Gävle", "um@region.example", null, List.of(), List.of()))));

	@Test
	void a_complete_request_is_valid_and_lists_the_participating_organisations() {
		SipRequestValidator.Result result = validator.validate(SipFixtures.socialServicesRequestWithPsychiatryAndSchool(), TODAY);

		assertThat(result.errors()).isEmpty();
		SipParticipants participants = result.request().orElseThrow().participants();
		assertThat(participants.organisations("Region Gävleborg"))
			.containsExactly("Gävle kommun", "Region Gävleborg", "Polhemsskolan", "Försäkringskassan");
	}

	@Test
	void every_bad_field_is_named() {
		SipRequest bad = new SipRequest("19121212-1213", "inte-en-adress", " ", "okand-enhet", "",
				new Participants(List.of("psykiatri-gavleborg", "finns-inte"),
						Arrays.asList(new ExternalParticipant("", "Skolan", "kurator@"), null)));

		SipRequestValidator.Result result = validator.validate(bad, TODAY);

		assertThat(result.request()).isEmpty();
		assertThat(result.errors()).containsOnlyKeys("patientPersonnummer", "patientEmail", "initiatingOrganisation",
				"initiatingUnitId", "reason", "participants.regionUnitIds[1]", "participants.external[0].name",
				"participants.external[0].email", "participants.external[1]");
		assertThat(result.errors().get("patientPersonnummer")).isEqualTo("Kontrollsiffran stämmer inte");
	}

	@Test
	void a_unit_that_does_not_start_sip_cannot_initiate_one() {
		SipRequest request = SipFixtures.socialServicesRequestWithPsychiatryAndSchool();
		SipRequest fromUm = new SipRequest(request.patientPersonnummer(), null, "Region Gävleborg", "um-gavle", request.reason(),
				request.participants());

		assertThat(validator.validate(fromUm, TODAY).errors()).containsOnlyKeys("initiatingUnitId");
	}

	@Test
	void a_request_needs_at_least_one_participant_besides_the_initiator() {
		SipRequest request = SipFixtures.socialServicesRequestWithPsychiatryAndSchool();
		SipRequest alone = new SipRequest(request.patientPersonnummer(), null, request.initiatingOrganisation(), request.initiatingUnitId(),
				request.reason(), new Participants(List.of(), null));

		assertThat(validator.validate(alone, TODAY).errors()).containsOnlyKeys("participants");
	}

	@Test
	void a_missing_body_is_refused() {
		assertThat(validator.validate(null, TODAY).errors()).containsOnlyKeys("body");
	}

}
