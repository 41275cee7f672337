package se.vardflode.identity;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff accounts as the region's identity provider describes them at each login: the Camunda user (Tasklist shows its
 * name, Admin lists it, the access log names it) is created or updated, and its memberships in the groups a login can
 * give — the units of {@code vardflode.units}, {@code camunda-admin}, {@code managers} — become exactly those the
 * login names. Memberships in other groups, added by hand in Admin, stay.
 */
@Component
public class StaffAccounts {

	private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

	private final IdentityService identityService;
	private final CareUnits careUnits;
	private final TransactionTemplate transaction;

	StaffAccounts(IdentityService identityService, CareUnits careUnits, TransactionTemplate transaction) {
		this.identityService = identityService;
		this.careUnits = careUnits;
		this.transaction = transaction;
	}

	/**
	 * A staff member as a login describes them.
	 *
	 * @param userId the Camunda user id, e.g. the HSA-id
	 * @param groupIds the units (their ids) and roles ({@code camunda-admin}, {@code managers}) the login gives
	 */
	public record StaffMember(String userId, String firstName, String lastName, String email, Set<String> groupIds) {

		public StaffMember {
			groupIds = Set.copyOf(groupIds);
		}

	}

	/** Whether a login may give the group: a unit of the configuration or one of the roles. */
	public boolean isLoginGroup(String groupId) {
		return Groups.CAMUNDA_ADMIN.equals(groupId) || StaffGroups.MANAGERS.equals(groupId) || careUnits.find(groupId).isPresent();
	}

	/**
	 * Brings the Camunda user and its login groups in line with the login, in one transaction. Two logins of one person
	 * at the same moment (two tabs) may both try to create the account: the loser finds it and updates it.
	 */
	public void signedIn(StaffMember member) {
		try {
			transaction.executeWithoutResult(status -> update(member));
		}
		catch (DataIntegrityViolationException | org.camunda.bpm.engine.ProcessEngineException raceWithTheSameLogin) {
			log.info("Login of {} met a login of the same account; updating again", member.userId());
			transaction.executeWithoutResult(status -> update(member));
		}
	}

	private void update(StaffMember member) {
		User user = identityService.createUserQuery().userId(member.userId()).singleResult();
		boolean created = user == null;
		if (created) {
			user = identityService.newUser(member.userId());
		}
		if (created || !same(user.getFirstName(), member.firstName()) || !same(user.getLastName(), member.lastName())
				|| !same(user.getEmail(), member.email())) {
			user.setFirstName(member.firstName());
			user.setLastName(member.lastName());
			user.setEmail(member.email());
			identityService.saveUser(user);
		}
		Set<String> current = identityService.createGroupQuery().groupMember(member.userId()).list().stream().map(Group::getId)
			.filter(this::isLoginGroup).collect(Collectors.toSet());
		Set<String> wanted = member.groupIds().stream().filter(this::isLoginGroup).collect(Collectors.toSet());
		Set<String> added = new HashSet<>(wanted);
		added.removeAll(current);
		Set<String> removed = new HashSet<>(current);
		removed.removeAll(wanted);
		added.forEach(groupId -> identityService.createMembership(member.userId(), groupId));
		removed.forEach(groupId -> identityService.deleteMembership(member.userId(), groupId));
		if (created || !added.isEmpty() || !removed.isEmpty()) {
			log.info("Staff account {} {} at login: groups {} (added {}, removed {})", member.userId(), created ? "created" : "updated", wanted,
					added, removed);
		}
	}

	private static boolean same(String stored, String given) {
		return (stored == null ? "" : stored).equals(given == null ? "" : given);
	}

}
