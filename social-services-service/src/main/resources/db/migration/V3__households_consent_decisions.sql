-- Contact details and protected identity (skyddade personuppgifter) of a client. A client
-- with protected identity is shown by name, number and address only to the responsible
-- caseworker; lists and exports of other users show a placeholder, searches of other users
-- do not find them, and every access is audited with protected_identity = true.
alter table client
    add column protected_identity boolean not null default false,
    add column phone   text check (length(phone) <= 40),
    add column email   text check (length(email) <= 200),
    add column address text check (length(address) <= 300);

-- Who lives with the client. An adult has a name; a child's name and number are optional.
create table household_member (
    id                       uuid        primary key,
    client_id                uuid        not null references client (id),
    kind                     text        not null check (kind in ('ADULT', 'CHILD')),
    name                     text        check (length(name) between 1 and 200),
    personal_identity_number text        check (personal_identity_number ~ '^[0-9]{12}$'),
    added_at                 timestamptz not null,
    added_by                 text        not null,
    constraint household_member_adult_named check (kind = 'CHILD' or name is not null)
);
create index household_member_client on household_member (client_id);

-- Consent (samtycke) to share the client's identity with the housing company when a
-- placement is agreed. Each row is one statement, given or withdrawn; the newest counts,
-- the rest is the history.
create table consent (
    id          uuid        primary key,
    client_id   uuid        not null references client (id),
    scope       text        not null check (scope in ('IDENTITY_AT_PLACEMENT')),
    given       boolean     not null,
    stated_on   date        not null,
    recorded_at timestamptz not null,
    recorded_by text        not null
);
create index consent_client on consent (client_id, stated_on, recorded_at);

-- Support decisions (biståndsbeslut, SoL 4 kap. 1 §) on housing. A housing request needs one
-- valid on the day it is made.
create table support_decision (
    id          uuid        primary key,
    client_id   uuid        not null references client (id),
    decided_on  date        not null,
    valid_from  date        not null,
    valid_to    date        not null,
    decided_by  text        not null check (length(decided_by) between 1 and 200),
    recorded_at timestamptz not null,
    recorded_by text        not null,
    constraint support_decision_period check (valid_from <= valid_to)
);
create index support_decision_client on support_decision (client_id, valid_to);
