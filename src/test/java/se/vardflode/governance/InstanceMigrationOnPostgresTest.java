package se.vardflode.governance;

import se.vardflode.PostgresTest;

/** Migration of running chats on PostgreSQL, the production database. */
@PostgresTest
class InstanceMigrationOnPostgresTest extends ChatMigrationScenario {
}
