-- Work plans (arbetsplan): the goals a caseworker agrees with a client and the follow-ups of
-- the plan. Notes of a follow-up are free text and stay in social services: no event carries
-- them.
create table work_plan_goal (
    id          uuid        primary key,
    client_id   uuid        not null references client (id),
    description text        not null check (length(description) between 1 and 1000),
    agreed_on   date        not null,
    status      text        not null check (status in ('ACTIVE', 'ACHIEVED', 'DROPPED')),
    -- The day the goal got its status: the day it was agreed while it is active.
    status_on   date        not null,
    recorded_at timestamptz not null,
    recorded_by text        not null,
    constraint work_plan_goal_status_after_agreement check (status_on >= agreed_on)
);
create index work_plan_goal_client on work_plan_goal (client_id, agreed_on);

-- Follow-ups (uppföljning): planned for a day, later held; or held without being planned.
-- A planned follow-up not yet held has no held_on, notes or recorded_by.
create table follow_up (
    id          uuid        primary key,
    client_id   uuid        not null references client (id),
    planned_on  date,
    planned_by  text,
    held_on     date,
    notes       text        check (length(notes) between 1 and 4000),
    recorded_by text,
    recorded_at timestamptz,
    constraint follow_up_planned_or_held check (planned_on is not null or held_on is not null),
    constraint follow_up_planned_by check ((planned_on is null) = (planned_by is null)),
    constraint follow_up_held_in_full check (
        (held_on is null and notes is null and recorded_by is null and recorded_at is null)
        or (held_on is not null and notes is not null and recorded_by is not null and recorded_at is not null))
);
create unique index follow_up_one_per_planned_day on follow_up (client_id, planned_on) where planned_on is not null;
create index follow_up_due on follow_up (planned_on) where held_on is null;

-- Readiness assessments (bedömning av boendeförmåga): the criteria met, the caseworker's
-- judgment and motivation (free text, stays here), the day and the next review. Only the
-- outcome and the two days leave social services (ReadinessAssessed), under the reference of
-- the client's latest housing request: request_reference, empty when the client had none and
-- nothing was published.
create table readiness_assessment (
    id                uuid        primary key,
    client_id         uuid        not null references client (id),
    criteria_met      text[]      not null default '{}' check (criteria_met <@ array[
                          'PAYS_RENT_ON_TIME', 'KEEPS_APARTMENT_IN_ORDER', 'NO_DISTURBANCES',
                          'HAS_NEEDED_SUPPORT', 'HANDLES_LANDLORD_CONTACTS']::text[]),
    outcome           text        not null check (outcome in ('READY', 'NOT_YET')),
    motivation        text        not null check (length(motivation) between 1 and 4000),
    assessed_on       date        not null,
    next_review_on    date        not null,
    request_reference uuid,
    recorded_at       timestamptz not null,
    recorded_by       text        not null,
    constraint readiness_review_after_assessment check (next_review_on > assessed_on)
);
create index readiness_assessment_client on readiness_assessment (client_id, assessed_on desc, recorded_at desc);
