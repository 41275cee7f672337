-- Chat KPIs (issue 9) ask per month which chats were opened, closed or had a participant added in it: indexes on
-- those times keep the monthly queries to a range of rows when a region has years of chats.
create index chat_channel_opened_at on chat_channel (opened_at);
create index chat_channel_closed_at on chat_channel (closed_at);
create index chat_participant_added_at on chat_participant (added_at);
-- Extensions are found in the engine's history and joined to their chat by process instance.
create index chat_channel_process_instance on chat_channel (process_instance_id);
