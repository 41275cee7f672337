-- As on PostgreSQL (db/vendor/postgresql/V102__engine_query_tuning.sql): a user's grants are read by USER_ID_, which
-- the engine does not index. H2 keeps no statistics on expressions and has no partial indexes; the demo database is
-- small.
create index act_idx_auth_user_id on act_ru_authorization (user_id_);
