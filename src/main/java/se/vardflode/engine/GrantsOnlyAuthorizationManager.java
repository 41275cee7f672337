package se.vardflode.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization manager, refusing to save a REVOKE: the engine checks grants only
 * ({@code authorizationCheckRevokes = never}, {@link GrantsOnlyAuthorizationPlugin}), so a REVOKE would be stored and
 * never take effect. A process owner who wants a group to lose a permission removes the grant instead.
 */
class GrantsOnlyAuthorizationManager extends AuthorizationManager {

	static final String REFUSED = "Vårdflöde använder inte spärrar (REVOKE): ta bort behörigheten (GRANT) i stället.";

	@Override
	public void insert(DbEntity authorization) {
		refuseRevoke(authorization);
		super.insert(authorization);
	}

	@Override
	public void update(AuthorizationEntity authorization) {
		refuseRevoke(authorization);
		super.update(authorization);
	}

	private static void refuseRevoke(DbEntity entity) {
		if (entity instanceof AuthorizationEntity authorization
				&& authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
			throw new BadUserRequestException(REFUSED);
		}
	}

}
