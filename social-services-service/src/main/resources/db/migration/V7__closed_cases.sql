-- A client's case can be closed (the client moved on: an own contract, moved away, no more
-- need) and opened again. A closed case stays in the database and in searches; lists show
-- open cases unless asked for closed ones too.
alter table client
    add column case_closed_on date,
    add column case_closed_by text,
    add constraint client_case_closed_by_whom check ((case_closed_on is null) = (case_closed_by is null));
create index client_open_cases on client (caseworker_id) where case_closed_on is null;
