-- Meetings (issue 9): the two organisations' regular meetings, their decisions and the
-- actions carried from meeting to meeting until done. A meeting is PLANNED (and held while
-- it is) until its minutes are approved: then it is HELD, keeps the agenda it had (agenda,
-- frozen as JSON) and changes no more. No client identity anywhere: object numbers,
-- pseudonymous request references and staff usernames only.
create table meeting (
    id           uuid        primary key,
    meeting_date date        not null,
    place        text,
    status       text        not null check (status in ('PLANNED', 'HELD')),
    attendees    text,
    agenda       jsonb,
    created_by   text,
    created_at   timestamptz not null,
    held_by      text,
    held_at      timestamptz,
    check ((status = 'HELD') = (held_at is not null)),
    check (status = 'HELD' or agenda is null)
);
-- At most one planned meeting, whatever raced.
create unique index meeting_one_planned on meeting ((true)) where status = 'PLANNED';
create index meeting_date on meeting (meeting_date);

create table meeting_decision (
    id          uuid        primary key,
    meeting_id  uuid        not null references meeting (id),
    item_key    text,
    text        text        not null check (length(trim(text)) > 0),
    recorded_by text,
    recorded_at timestamptz not null
);
create index meeting_decision_meeting on meeting_decision (meeting_id);

create table meeting_action (
    id                 uuid        primary key,
    raised_at          uuid        not null references meeting (id),
    text               text        not null check (length(trim(text)) > 0),
    owner_organisation text        not null check (owner_organisation in ('HOUSING', 'SOCIAL', 'JOINT')),
    owner              text        not null check (length(trim(owner)) > 0),
    due_on             date        not null,
    status             text        not null check (status in ('OPEN', 'DONE')),
    done_at_meeting_id uuid        references meeting (id),
    done_note          text,
    done_by            text,
    done_at            timestamptz,
    recorded_by        text,
    recorded_at        timestamptz not null,
    check ((status = 'DONE') = (done_at_meeting_id is not null)),
    check ((status = 'DONE') = (done_at is not null))
);
create index meeting_action_open on meeting_action (due_on) where status = 'OPEN';
create index meeting_action_raised on meeting_action (raised_at);
create index meeting_action_done on meeting_action (done_at_meeting_id);
