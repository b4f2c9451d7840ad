-- The audit log of personal data, created in each service's own database by that service's
-- Flyway (spring.flyway.locations includes classpath:db/audit). One row per read or change:
-- who (the token's user id, login name and organisation), when, what (action, subject type
-- and id), why (purpose: a case or client reference, or a short purpose code), the outcome
-- and the correlation id. protected_identity marks access to a client with protected
-- identity, which weighs more in a review; details holds what else an action needs.
-- Append-only: triggers refuse UPDATE, DELETE and TRUNCATE for every database user, the
-- application's included. Version 0.2 runs after messaging's 0.1 and before each service's V1.
create table audit_event (
    id                 bigint generated always as identity primary key,
    occurred_at        timestamptz not null,
    actor_id           text,
    actor_username     text,
    actor_organisation text,
    action             text        not null,
    subject_type       text        not null,
    subject_id         text,
    purpose            text,
    outcome            text        not null
        check (outcome in ('SUCCESS', 'NOT_FOUND', 'DENIED', 'INVALID', 'CONFLICT')),
    correlation_id     text,
    protected_identity boolean     not null default false,
    details            jsonb       not null default '{}'
);
create index audit_event_occurred_at on audit_event (occurred_at desc, id desc);
create index audit_event_actor on audit_event (lower(actor_username), occurred_at desc);
create index audit_event_subject on audit_event (subject_type, subject_id, occurred_at desc);
create index audit_event_action on audit_event (action, occurred_at desc);
create index audit_event_outcome on audit_event (outcome, occurred_at desc) where outcome <> 'SUCCESS';

create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
