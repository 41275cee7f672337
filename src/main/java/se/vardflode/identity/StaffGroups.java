package se.vardflode.identity;

/** Camunda groups that are roles rather than care units. */
public final class StaffGroups {

	/** Managers follow every unit's figures (KPIs). */
	public static final String MANAGERS = "managers";

	private StaffGroups() {
	}

}
