-- The chat KPIs count the guardians and partners added to a chat after it opened (issue 22, B5). Every chat has its
-- patient among its participants, so the index on added_at alone (V101) read every patient of the period to find the
-- few others: this partial index holds only the others (the KPI query's own predicate, role <> 'PATIENT').
create index chat_participant_added_not_patient on chat_participant (added_at) where role <> 'PATIENT';
