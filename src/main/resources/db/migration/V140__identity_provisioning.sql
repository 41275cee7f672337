-- What identity.UnitProvisioning keeps besides the engine's own identity and authorization tables (issue 20).
-- Runs on H2 and PostgreSQL alike.
--
-- identity_provisioning: one row that every node locks (select ... for update) before it provisions, so that nodes
-- starting at once provision one after the other and the second finds everything in place. It also remembers the
-- "Mina uppgifter" filter it created.
create table identity_provisioning (
    id                  integer     not null primary key,
    my_tasks_filter_id  varchar(64),
    provisioned_at      timestamp with time zone
);

insert into identity_provisioning (id) values (1);

-- provisioned_unit: the units of vardflode.units that have been provisioned, with their "Min enhet" filter, so that a
-- unit that leaves the configuration is found again and loses its filter and grants.
create table provisioned_unit (
    unit_id    varchar(64) not null primary key,
    filter_id  varchar(64)
);
