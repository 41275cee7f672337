package se.vardflode.governance;

import java.util.List;

/** What a migration did, or in a dry run would do, per source version. */
record MigrationReport(String processDefinitionKey, int targetVersion, boolean dryRun, List<SourceVersion> sources) {

	/**
	 * @param instances running instances on this version
	 * @param migratable how many of them can move
	 * @param planErrors why no instance of this version can move (the mapping of activities does not work)
	 * @param notMigratable the instances that cannot move, and why
	 * @param batchId the Cockpit batch that moves them; empty in a dry run or when nothing moves
	 */
	record SourceVersion(int version, long instances, long migratable, List<String> planErrors, List<Refusal> notMigratable,
			String batchId) {
	}

	record Refusal(String processInstanceId, List<String> reasons) {
	}

}
