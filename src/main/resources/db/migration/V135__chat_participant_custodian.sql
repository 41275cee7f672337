-- Issue 18: each custodian (vårdnadshavare) has her or his own right to the child's BVC chat; a partner or another
-- relative is in a chat only with a custodian's consent. custodian: the unit's word that the person is the child's
-- custodian; false for the patient and everyone else.
alter table chat_participant add column custodian boolean default false not null;

-- Before issue 18 the guardians named at a BVC enrollment were the child's custodians by the API's own word
-- ("vårdnadshavare"); whoever joined later, or came over from an MVC chat, is not known to be one. A guardian added
-- at the moment the BVC chat was created counts as a custodian.
update chat_participant set custodian = true
where role = 'GUARDIAN'
  and added_at = (select c.created_at from chat_channel c where c.id = chat_participant.chat_id and c.care_type = 'BVC');
