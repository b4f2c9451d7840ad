-- btree_gist lets an exclusion constraint combine equality on the client with overlap of
-- periods (a trusted extension: the database's owner may create it).
create extension if not exists btree_gist;

-- Social contracts as social services know them (socialt kontrakt): the municipality holds
-- the lease and sublets the apartment to the client. A contract runs from start_date through
-- end_date (included; empty until further notice). A client has at most one contract running
-- on any day.
create table social_contract (
    id            uuid        primary key,
    client_id     uuid        not null references client (id),
    object_number text        not null check (object_number ~ '^[0-9A-Za-z][0-9A-Za-z-]{0,19}$'),
    address       text        not null check (length(address) between 1 and 200),
    start_date    date        not null,
    end_date      date,
    recorded_at   timestamptz not null,
    recorded_by   text        not null,
    ended_by      text,
    constraint social_contract_period check (end_date is null or end_date >= start_date),
    constraint social_contract_one_per_client_at_a_time
        exclude using gist (client_id with =, daterange(start_date, end_date, '[]') with &&)
);
create index social_contract_dates on social_contract (start_date, end_date);

-- Guarantees (borgen): the client holds their own first-hand lease and the municipality
-- guarantees the rent, up to an amount, for a number of months, or both. ACTIVE until
-- released or ended on closed_on (the last day it applied) with a coded reason.
create table guarantee (
    id            uuid          primary key,
    client_id     uuid          not null references client (id),
    object_number text          not null check (object_number ~ '^[0-9A-Za-z][0-9A-Za-z-]{0,19}$'),
    landlord      text          not null check (length(landlord) between 1 and 200),
    limit_amount  numeric(12,2) check (limit_amount > 0),
    limit_months  integer       check (limit_months between 1 and 120),
    start_date    date          not null,
    review_date   date          not null,
    status        text          not null check (status in ('ACTIVE', 'RELEASED', 'ENDED')),
    closed_on     date,
    close_reason  text          check (close_reason in ('GOOD_CONDUCT', 'TENANT_MOVED', 'LEASE_ENDED', 'OTHER')),
    close_note    text          check (length(close_note) <= 1000),
    recorded_at   timestamptz   not null,
    recorded_by   text          not null,
    closed_by     text,
    constraint guarantee_limit check (limit_amount is not null or limit_months is not null),
    constraint guarantee_review_after_start check (review_date >= start_date),
    constraint guarantee_closed check ((status = 'ACTIVE') = (closed_on is null)
                                       and (closed_on is null) = (close_reason is null)),
    constraint guarantee_closed_after_start check (closed_on is null or closed_on >= start_date),
    constraint guarantee_good_conduct_is_release check (close_reason is distinct from 'GOOD_CONDUCT'
                                                        or status = 'RELEASED')
);
create index guarantee_client on guarantee (client_id);
create index guarantee_active_review on guarantee (review_date) where status = 'ACTIVE';

-- Each review of a guarantee: when, the note, and the review date it set next.
create table guarantee_review (
    id               uuid        primary key,
    guarantee_id     uuid        not null references guarantee (id),
    reviewed_on      date        not null,
    next_review_date date        not null,
    note             text        check (length(note) <= 1000),
    recorded_at      timestamptz not null,
    recorded_by      text        not null,
    constraint guarantee_review_next_after check (next_review_date > reviewed_on)
);
create index guarantee_review_guarantee on guarantee_review (guarantee_id, reviewed_on);
