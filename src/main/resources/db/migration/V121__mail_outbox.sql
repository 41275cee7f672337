-- Mail as an outbox (issue 21). Runs on H2 and PostgreSQL alike.
--
-- mail_outbox: one row per message a process sent, written in the engine's transaction of the mail task's job, so
-- it commits or rolls back with the process step. Its id is derived from the process instance, the activity, the
-- job, the template and the recipient: a retry of the job, or a second node running it, arrives at the same id.
-- A second node that runs the job while the first is still sending waits on this row's key until the first commits.
create table mail_outbox (
    id                  varchar(36)  not null primary key,
    message_id          varchar(320) not null,
    process_instance_id varchar(64),
    activity_id         varchar(255),
    job_id              varchar(64),
    template            varchar(100) not null,
    recipient           varchar(320) not null,
    subject             varchar(500) not null,
    created_at          timestamp with time zone not null
);

create index mail_outbox_process_instance on mail_outbox (process_instance_id);

-- mail_delivery: the mail server accepted the message. Written in a transaction of its own the moment the server
-- says so, because the server does not roll back: if the job's transaction fails afterwards (an optimistic-locking
-- conflict, a later recipient refused), the retry finds this row and does not send the message again. No foreign
-- key: the outbox row may still be uncommitted in the job's transaction when this one commits.
create table mail_delivery (
    outbox_id    varchar(36) not null primary key,
    delivered_at timestamp with time zone not null
);
