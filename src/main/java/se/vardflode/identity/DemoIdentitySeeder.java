package se.vardflode.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.vardflode.identity.DemoAccounts.DemoUser;

/**
 * The demo region's staff (default profile only): each demo account and its memberships in the groups that
 * {@link UnitProvisioning} made from {@code vardflode.units} just before. Runs on every start and adds only what is
 * missing, so a restart on the file database keeps what was there (a password changed in Admin stays) and picks up
 * memberships a release added.
 */
@Component
@Profile("default")
@Order(UnitProvisioning.ORDER + 1)
class DemoIdentitySeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoIdentitySeeder.class);

	private final IdentityService identityService;
	private final DemoAccounts demoAccounts;

	DemoIdentitySeeder(IdentityService identityService, DemoAccounts demoAccounts) {
		this.identityService = identityService;
		this.demoAccounts = demoAccounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		demoAccounts.users().forEach(this::seedUser);
		log.info("Demo staff ready: {} accounts", demoAccounts.users().size());
	}

	private void seedUser(DemoUser demo) {
		if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
			User user = identityService.newUser(demo.id());
			user.setFirstName(demo.firstName());
			user.setLastName(demo.lastName());
			user.setEmail(demo.email());
			user.setPassword(demoAccounts.password());
			identityService.saveUser(user);
		}
		for (String groupId : demo.groups()) {
			if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
				throw new IllegalStateException("Demo user " + demo.id() + " names unknown group " + groupId);
			}
			if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(groupId).count() == 0) {
				identityService.createMembership(demo.id(), groupId);
			}
		}
	}

}
