-- Indexes and statistics for the project's queries on the engine's tables (issue 10, docs/benchmarks.md).
--
-- Tasklist's "Min enhet" filter (and every authorized task or instance query) joins ACT_RU_AUTHORIZATION filtered by
-- PERMS_ & <permission> = <permission>. PostgreSQL has no statistics for such an expression and guesses 0.5 % of the
-- rows, while nearly every grant holds READ (2) and READ_TASK/READ_INSTANCE (64). With 200k open tasks (one grant per
-- task for its unit) the guess made the planner compare every task of the unit with every grant of the unit: 15 s for
-- the first page without parallel workers, 100–600 ms with them (issue 10, B3; docs/benchmarks.md). Statistics on
-- the two expressions give the planner the true share; the index on USER_ID_ lets it read a user's and her groups'
-- grants through indexes (the engine indexes GROUP_ID_ but not USER_ID_). Needs PostgreSQL 14 or later.
create statistics act_stat_auth_perm_read on (perms_ & 2) from act_ru_authorization;
create statistics act_stat_auth_perm_read_task on (perms_ & 64) from act_ru_authorization;
create index act_idx_auth_user_id on act_ru_authorization (user_id_);
analyze act_ru_authorization;

-- The chat KPIs count extensions (completed extendChat activities) in a period; the engine's history keeps about ten
-- activity rows per chat, so without this a year's extensions meant reading every activity of the year (B5). Partial:
-- only extensions are indexed, the other activities cost nothing more to write.
create index act_idx_hi_actinst_extend_chat on act_hi_actinst (end_time_) where act_id_ = 'extendChat';
