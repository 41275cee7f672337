package se.vardflode.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;

import java.util.List;

import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.vardflode.VardflodeTest;

/**
 * The demo region's staff of the default profile: every account in place, in the groups provisioning made (the units,
 * their filters and grants: {@link UnitProvisioningTest}).
 */
@VardflodeTest
class DemoIdentitySeederTest {

	@Autowired
	DemoAccounts demoAccounts;
	@Autowired
	DemoIdentitySeeder seeder;

	@Test
	void every_demo_account_exists_with_its_memberships() {
		seeder.run(null);

		for (DemoAccounts.DemoUser demo : demoAccounts.users()) {
			assertThat(identityService().checkPassword(demo.id(), demoAccounts.password())).as(demo.id()).isTrue();
			assertThat(groupsOf(demo.id())).as(demo.id()).containsExactlyInAnyOrderElementsOf(demo.groups());
		}
	}

	@Test
	void a_restart_gives_an_existing_user_the_memberships_a_release_added() {
		String unit = "bvc-gavle";
		String nurse = "bvc.karin";
		identityService().deleteMembership(nurse, unit);

		seeder.run(null);

		assertThat(groupsOf(nurse)).contains(unit);
	}

	private List<String> groupsOf(String userId) {
		return identityService().createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
	}

}
