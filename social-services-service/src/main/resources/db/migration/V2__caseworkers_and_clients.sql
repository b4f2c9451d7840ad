-- Caseworkers and their clients. A caseworker row appears when a social services user first
-- uses the client features (from the gateway's token), or from demo data by login name with
-- user_id empty until that user logs in. unit scopes a manager's view: a manager sees the
-- clients of the caseworkers of their unit.
create table caseworker (
    id           uuid primary key,
    username     text not null unique,
    user_id      uuid unique,
    display_name text not null,
    unit         text
);
create index caseworker_unit on caseworker (unit);

-- A person social services help. The personal identity (or coordination) number is stored as
-- 12 digits; it never leaves social services. Every read and change is in audit_event.
create table client (
    id                       uuid        primary key,
    personal_identity_number text        not null unique
        check (personal_identity_number ~ '^[0-9]{12}$'),
    name                     text        not null check (length(name) between 1 and 200),
    caseworker_id            uuid        not null references caseworker (id),
    registered_at            timestamptz not null,
    created_by               text        not null
);
create index client_caseworker on client (caseworker_id);
create index client_name on client (lower(name));
