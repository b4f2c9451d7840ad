-- Offers and placements (issue 7, part 2). V2 made the two tables as placeholders for the
-- quota page; here they get the whole workflow: the conflict check, the answer, the lapse and
-- the signing of the social contract.

-- An offer waits for the housing company's conflict check (CHECKING), then is OPEN until the
-- caseworker answers (ACCEPTED, DECLINED) or its deadline passes (LAPSED); a conflict, a check
-- that could not be made or one that timed out BLOCKS it. No answer date before the check.
alter table offer drop constraint offer_status_check;
alter table offer
    alter column answer_by drop not null,
    add column check_id        uuid unique,
    add column check_deadline  timestamptz,
    add column blocked_rule    text check (blocked_rule in ('LOCAL_CONFLICT', 'CONFLICT', 'CANNOT_CHECK', 'CHECK_TIMED_OUT')),
    add column snapshot        jsonb,
    add column offered_by      text,
    add column offered_at      timestamptz,
    add column answered_by     text,
    add column answered_at     timestamptz,
    add column decline_reason  text check (decline_reason in ('CLIENT_DECLINED', 'NEEDS_CHANGED', 'APARTMENT_UNSUITABLE', 'OTHER')),
    add check (status in ('CHECKING', 'OPEN', 'BLOCKED', 'ACCEPTED', 'DECLINED', 'LAPSED')),
    add check ((status = 'BLOCKED') = (blocked_rule is not null)),
    add check ((status = 'DECLINED') = (decline_reason is not null)),
    add check (status in ('CHECKING', 'BLOCKED') or answer_by is not null);
-- One open offer (checking or open) per request and per apartment, whatever raced.
create unique index offer_one_open_per_request on offer (request_reference) where status in ('CHECKING', 'OPEN');
create unique index offer_one_open_per_apartment on offer (apartment_id) where status in ('CHECKING', 'OPEN');
create index offer_checking on offer (check_deadline) where status = 'CHECKING';
create index offer_open on offer (answer_by) where status = 'OPEN';

-- An apartment in an open offer is not offered to anyone else until the offer ends.
alter table apartment add column in_offer uuid;

-- A pair a caseworker declined (or let lapse) is never proposed again.
create table declined_pair (
    request_reference uuid        not null references housing_request (request_reference),
    apartment_id      uuid        not null references apartment (apartment_id),
    declined_at       timestamptz not null,
    primary key (request_reference, apartment_id)
);
create index declined_pair_apartment on declined_pair (apartment_id);

-- A placement is AGREED when the caseworker accepts, SIGNED when the housing company's
-- LeaseStarted of the social contract carries its id.
alter table placement
    add column offer_id   uuid unique references offer (id),
    add column stairwell  text,
    add column start_date date,
    add column status     text not null default 'AGREED' check (status in ('AGREED', 'SIGNED')),
    add column lease_id   uuid,
    add column signed_at  timestamptz,
    add column placed_by  text;
create index placement_stairwell on placement (stairwell);
