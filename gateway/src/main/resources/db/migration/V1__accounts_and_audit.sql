-- Local staff accounts kept by the gateway, and the gateway's append-only audit log.

create table user_account (
    id                  uuid primary key,
    username            text not null unique
                        check (username = lower(username) and username ~ '^[a-z0-9._-]{2,64}$'),
    display_name        text not null check (length(display_name) between 1 and 200),
    organisation        text not null check (organisation in ('HOUSING', 'SOCIAL')),
    roles               text[] not null
                        check (cardinality(roles) > 0
                               and roles <@ array['HOUSING_STAFF', 'HOUSING_MANAGER', 'SOCIAL_CASEWORKER',
                                                  'SOCIAL_MANAGER', 'ADMIN']::text[]),
    password_hash       text not null,
    enabled             boolean not null default true,
    failed_attempts     integer not null default 0 check (failed_attempts >= 0),
    locked_until        timestamptz,
    created_at          timestamptz not null,
    password_changed_at timestamptz not null,
    -- A user works for one organisation: no roles of the other one.
    constraint user_account_roles_of_organisation check (
        (organisation = 'HOUSING' and not roles && array['SOCIAL_CASEWORKER', 'SOCIAL_MANAGER']::text[])
        or (organisation = 'SOCIAL' and not roles && array['HOUSING_STAFF', 'HOUSING_MANAGER']::text[]))
);

create table audit_event (
    id                 bigint generated always as identity primary key,
    occurred_at        timestamptz not null,
    actor_id           uuid,
    actor_organisation text,
    action             text not null,
    subject_type       text,
    subject_id         text,
    purpose            text,
    outcome            text not null,
    correlation_id     text,
    details            jsonb not null default '{}'::jsonb
);

create index audit_event_occurred_at on audit_event (occurred_at);

-- Append-only: no UPDATE, DELETE or TRUNCATE, whoever connects.
create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
