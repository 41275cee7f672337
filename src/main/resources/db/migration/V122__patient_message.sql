-- The patient's messages (issue 18): what a mail to a patient or a custodian used to say is shown in the patient
-- page instead, and the mail is a neutral notice with a link there. Runs on H2 and PostgreSQL alike.
--
-- A message is written in the engine's transaction of the job that sends its notice (with the notice's mail_outbox
-- row), under an id derived as the outbox's is (process instance, activity, job, message, recipient): a retry of the
-- job, or a second node running it, arrives at the same row instead of a second message.
-- patient_reference is the recipient's own personnummer (a custodian's own, not the child's): the patient page shows
-- a person only the messages addressed to her login.
create table patient_message (
    id                  varchar(36)   not null primary key,
    patient_reference   varchar(12)   not null,
    unit_id             varchar(64)   not null,
    kind                varchar(100)  not null,
    title               varchar(500)  not null,
    body                varchar(4000) not null,
    process_instance_id varchar(64),
    created_at          timestamp with time zone not null,
    read_at             timestamp with time zone
);

create index patient_message_patient on patient_message (patient_reference, created_at);
