-- Chat channels opened at enrollment (issue 3). Portable SQL: runs on H2 (default profile, tests) and PostgreSQL.
-- open_key is "unit|careType|personnummer" while the chat is open and NULL once closed: the unique constraint
-- stops a second open chat for the same patient at the same unit and care type even under concurrent requests
-- (both databases allow any number of NULLs in a unique column).
create table chat_channel (
    id                  varchar(36)  not null primary key,
    unit_id             varchar(64)  not null,
    care_type           varchar(8)   not null,
    patient_personnummer varchar(12) not null,
    contact_email       varchar(254),
    due_date            date,
    status              varchar(16)  not null,
    process_instance_id varchar(64),
    created_at          timestamp with time zone not null,
    opened_at           timestamp with time zone,
    expires_at          timestamp with time zone,
    closed_at           timestamp with time zone,
    closed_by           varchar(16),
    closed_by_user      varchar(64),
    close_reason        varchar(500),
    extensions          integer      default 0 not null,
    open_key            varchar(100),
    constraint chat_channel_one_open_chat unique (open_key)
);

create index chat_channel_unit_status on chat_channel (unit_id, status);

-- Who takes part in a chat besides the unit's staff: the patient and, for a child at BVC, the guardians.
create table chat_participant (
    chat_id      varchar(36)  not null references chat_channel (id),
    role         varchar(16)  not null,
    personnummer varchar(12)  not null,
    email        varchar(254),
    added_at     timestamp with time zone not null,
    primary key (chat_id, personnummer)
);
