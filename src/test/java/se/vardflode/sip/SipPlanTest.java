package se.vardflode.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The plan rules without the engine: what makes a SIP plan acceptable. */
class SipPlanTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
	static final Huvudansvar PARTICIPATING = new Huvudansvar(List.of("Region Gävleborg", "Gävle kommun"));

	@Test
	void a_plan_with_two_actions_huvudansvar_and_a_later_follow_up_is_accepted() {
		SipPlan.Parsed parsed = SipPlan.parse(twoActionsJson(), "Gävle kommun", "2027-01-15");

		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.plan().actions()).hasSize(2);
		assertThat(parsed.plan().violations(PARTICIPATING, TODAY)).isEmpty();
	}

	@Test
	void a_plan_without_actions_is_refused() {
		SipPlan plan = SipPlan.parse("[]", "Gävle kommun", "2027-01-15").plan();

		assertThat(plan.violations(PARTICIPATING, TODAY)).containsOnlyKeys("actions");
	}

	@Test
	void huvudansvar_with_another_municipality_is_refused() {
		SipPlan plan = SipPlan.parse(twoActionsJson(), "Hudiksvalls kommun", "2027-01-15").plan();

		assertThat(plan.violations(PARTICIPATING, TODAY)).containsOnlyKeys("huvudansvar");
		assertThat(plan.violations(PARTICIPATING, TODAY).get("huvudansvar")).contains("Region Gävleborg eller Gävle kommun");
	}

	@Test
	void huvudansvar_with_a_school_is_refused_whatever_it_does_in_the_plan() {
		SipPlan plan = SipPlan.parse(twoActionsJson(), "Polhemsskolan", "2027-01-15").plan();

		assertThat(plan.violations(PARTICIPATING, TODAY)).containsOnlyKeys("huvudansvar");
		assertThat(plan.violations(PARTICIPATING, TODAY).get("huvudansvar")).startsWith("Huvudansvaret ligger hos regionen eller kommunen")
			.contains("inte hos Polhemsskolan");
	}

	@Test
	void huvudansvar_is_matched_regardless_of_case_and_spaces() {
		SipPlan plan = SipPlan.parse(twoActionsJson(), " region gävleborg ", "2027-01-15").plan();

		assertThat(plan.violations(PARTICIPATING, TODAY)).isEmpty();
	}

	@Test
	void missing_huvudansvar_is_refused() {
		SipPlan plan = SipPlan.parse(twoActionsJson(), null, "2027-01-15").plan();

		assertThat(plan.violations(PARTICIPATING, TODAY)).containsOnlyKeys("huvudansvar");
	}

	@Test
	void a_follow_up_today_or_earlier_is_refused() {
		assertThat(SipPlan.parse(twoActionsJson(), "Gävle kommun", "2026-11-23").plan().violations(PARTICIPATING, TODAY))
			.containsOnlyKeys("followUpDate");
		assertThat(SipPlan.parse(twoActionsJson(), "Gävle kommun", "2026-10-01").plan().violations(PARTICIPATING, TODAY))
			.containsOnlyKeys("followUpDate");
	}

	@Test
	void an_incomplete_action_names_each_missing_field() {
		SipPlan plan = SipPlan.parse("[{\"what\":\"Stödsamtal\"}]", "Gävle kommun", "2027-01-15").plan();

		assertThat(plan.violations(PARTICIPATING, TODAY)).containsOnlyKeys("actions[0].responsibleOrganisation",
				"actions[0].responsibleUnit", "actions[0].dueBy");
	}

	@Test
	void unreadable_dates_and_actions_are_reported_by_field() {
		SipPlan.Parsed parsed = SipPlan.parse("inte json", "Gävle kommun", "15/1 2027");

		assertThat(parsed.errors()).containsOnlyKeys("actions", "followUpDate");
	}

	@Test
	void actions_may_also_arrive_as_a_list_of_maps() {
		SipPlan.Parsed parsed = SipPlan.parse(List.of(Map.of("what", "Boendestöd", "responsibleOrganisation", "Gävle kommun",
				"responsibleUnit", "Socialtjänsten", "dueBy", "2026-12-31")), "Gävle kommun", "2027-01-15");

		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.plan().actions()).extracting(SipPlan.Action::dueBy).containsExactly(LocalDate.of(2026, 12, 31));
	}

	static String twoActionsJson() {
		return """
				[{"what":"Stödsamtal varannan vecka","responsibleOrganisation":"Region Gävleborg","responsibleUnit":"Psykiatri Gävleborg","dueBy":"2027-01-10"},
				 {"what":"Boendestöd två dagar i veckan","responsibleOrganisation":"Gävle kommun","responsibleUnit":"Socialtjänsten","dueBy":"2026-12-15"}]""";
	}

}
