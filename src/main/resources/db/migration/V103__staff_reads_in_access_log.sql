-- PDL (patientdatalagen 4 kap. 3 §) for staff reads through the engine (issue 15): the engine logs every staff
-- command that loads a patient's data, so each row also says what the engine did (its command, e.g.
-- GetTaskVariables) and through which path the request came (HTTP method and path, never the query string).
-- Portable SQL: runs on H2 and PostgreSQL alike, after the engine has created its tables.
alter table patient_audit_log add column what varchar(100);
alter table patient_audit_log add column access_path varchar(500);

-- Which patient each process instance is about, fixed when the instance starts (ProcessPatientListener), so that a
-- read of a running or a finished instance finds its patient with one indexed lookup, whatever its variables say
-- by then. An instance that is about no patient has no row.
create table patient_process_instance (
    process_instance_id varchar(64) not null primary key,
    patient_reference   varchar(12) not null
);

-- Instances started before this migration, as ProcessPatientListener would have named their patient: the first of
-- the pathways' patient variables that holds twelve digits (patientReference = "patient:" and twelve digits, then
-- personnummer, patientPersonnummer, patientId), the instance's own before its root instance's (a call activity such
-- as the promised call-back); the chats' processes, which had no such variable before this release, by the chat's
-- row (their business key is the chat's id).
insert into patient_process_instance (process_instance_id, patient_reference)
select ranked.instance_id, ranked.patient_reference
from (
    select named.instance_id, named.patient_reference,
        row_number() over (partition by named.instance_id order by named.priority) as choice
    from (
        select p.id_ as instance_id, replace(v.text_, 'patient:', '') as patient_reference,
            case when v.proc_inst_id_ = p.id_ then 0 else 10 end
            + case v.name_ when 'patientReference' then 1 when 'personnummer' then 2 when 'patientPersonnummer' then 3 else 4 end
            as priority
        from act_hi_procinst p
        join act_hi_varinst v on v.execution_id_ = v.proc_inst_id_
            and (v.proc_inst_id_ = p.id_ or v.proc_inst_id_ = p.root_proc_inst_id_)
        where v.name_ in ('patientReference', 'personnummer', 'patientPersonnummer', 'patientId')
        union all
        select p.id_, c.patient_personnummer, 20
        from act_hi_procinst p
        join chat_channel c on c.id = p.business_key_
        where p.proc_def_key_ in ('chat-enrollment', 'chat-participant-consent')
    ) named
    -- exactly twelve digits, in SQL that H2 and PostgreSQL read alike
    where translate(named.patient_reference, '0123456789', 'dddddddddd') = 'dddddddddddd'
) ranked
where ranked.choice = 1;
