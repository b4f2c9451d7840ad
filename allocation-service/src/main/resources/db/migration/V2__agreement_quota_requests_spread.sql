-- What matching needs of an apartment beyond V1's columns (ApartmentRegistered carries them),
-- and whether the housing company offers the vacant apartment for a social contract.
alter table apartment
    add column property              text,
    add column floor                 int,
    add column lift                  boolean not null default false,
    add column ground_floor          boolean not null default false,
    add column adapted               boolean not null default false,
    add column for_social_contract   boolean not null default false,
    add column for_social_changed_by text,
    add column for_social_changed_at timestamptz,
    add check (not for_social_contract or available);
create index apartment_property on apartment (property);

-- The agreement (samarbetsavtal) of a year. Every save is a new version; the highest version
-- of a year is in force and the earlier ones are its history. The primary key makes two
-- saves that raced for the same next version fail instead of both winning.
create table agreement_version (
    year                              int           not null check (year between 2000 and 2100),
    version                           int           not null check (version > 0),
    quota_mode                        text          not null check (quota_mode in ('SHARE', 'FIXED')),
    quota_percent                     numeric(5, 2) check (quota_percent > 0 and quota_percent <= 100),
    quota_fixed                       int           check (quota_fixed >= 0),
    max_per_stairwell                 int           not null check (max_per_stairwell >= 0),
    max_per_property_percent          int           not null check (max_per_property_percent between 0 and 100),
    offer_answer_days                 int           not null check (offer_answer_days > 0),
    meeting_interval_weeks            int           not null check (meeting_interval_weeks > 0),
    takeover_contract_months          int           not null check (takeover_contract_months >= 0),
    takeover_on_time_rent_months      int           not null check (takeover_on_time_rent_months >= 0),
    takeover_payment_grace_days       int           not null check (takeover_payment_grace_days >= 0),
    takeover_disturbance_free_months  int           not null check (takeover_disturbance_free_months >= 0),
    takeover_readiness_max_age_months int           not null check (takeover_readiness_max_age_months > 0),
    note                              text,
    changed_by                        text,
    changed_by_organisation           text,
    changed_at                        timestamptz   not null,
    primary key (year, version),
    check ((quota_mode = 'SHARE') = (quota_percent is not null)),
    check ((quota_mode = 'FIXED') = (quota_fixed is not null))
);

-- The housing company's turnover per year (housing.turnover.v1), the latest figure only:
-- a figure calculated earlier than the one kept does not replace it.
create table turnover (
    year              int         primary key,
    re_lets           int         not null check (re_lets >= 0),
    apartments_re_let int         not null check (apartments_re_let >= 0),
    apartments        int         not null check (apartments >= 0),
    year_closed       boolean     not null,
    calculated_at     timestamptz not null,
    event_id          uuid        not null
);

-- One row per year with a quota. A placement locks its year's row (select ... for update)
-- before it counts the slots left, so two users cannot take the last slot at once.
create table quota_year (
    year       int         primary key,
    created_at timestamptz not null
);

-- Extra slots a housing manager granted beyond the rule, each with its written reason.
create table quota_exception (
    id           bigint      generated always as identity primary key,
    year         int         not null references quota_year (year),
    extra_slots  int         not null check (extra_slots between 1 and 1000),
    reason       text        not null check (length(trim(reason)) >= 10),
    granted_by   text,
    granted_at   timestamptz not null
);
create index quota_exception_year on quota_exception (year);

-- Offers and placements use the quota of a year. Filled by the next part of the workflow;
-- the quota page counts from them already.
create table offer (
    id                uuid        primary key,
    quota_year        int         not null references quota_year (year),
    request_reference uuid        not null,
    apartment_id      uuid        not null references apartment (apartment_id),
    offered_on        date        not null,
    answer_by         date        not null,
    status            text        not null check (status in ('OPEN', 'ACCEPTED', 'DECLINED', 'LAPSED'))
);
create index offer_year on offer (quota_year, status);

create table placement (
    id                uuid        primary key,
    quota_year        int         not null references quota_year (year),
    request_reference uuid        not null unique,
    apartment_id      uuid        not null references apartment (apartment_id),
    placed_on         date        not null
);
create index placement_year on placement (quota_year);

-- Social services' pseudonymous housing requests (social.housing-request.v1). No name,
-- number or address: needs, keyed hashes, and the submitting caseworker's username so each
-- caseworker sees their own.
create table housing_request (
    request_reference   uuid        primary key,
    household_size      int         not null check (household_size > 0),
    rooms_needed        int         not null check (rooms_needed > 0),
    max_rent            int         check (max_rent > 0),
    needs_lift          boolean     not null,
    needs_ground_floor  boolean     not null,
    needs_adapted       boolean     not null,
    areas_to_avoid      text[]      not null,
    client_key_id       text        not null,
    client_hash         text        not null,
    caseworker          text,
    status              text        not null check (status in ('WAITING', 'OFFERED', 'PLACED', 'WITHDRAWN')),
    submitted_at        timestamptz not null
);
create index housing_request_queue on housing_request (submitted_at, request_reference) where status = 'WAITING';
create index housing_request_caseworker on housing_request (caseworker);

-- The keyed hashes of the people a request's household must not share a stairwell with,
-- for the conflict check of the next part.
create table housing_request_conflict (
    request_reference uuid not null references housing_request (request_reference),
    key_id            text not null,
    hmac_sha256       text not null,
    primary key (request_reference, key_id, hmac_sha256)
);

-- Leases as housing.lease.v1 tells them (no tenant identity), to count the social contracts
-- and guarantees per stairwell and property and the social contracts started per year. A
-- lease runs until its end date has passed.
create table lease (
    lease_id     uuid        primary key,
    apartment_id uuid        not null,
    stairwell    text        not null,
    lease_type   text        not null check (lease_type in ('FIRST_HAND', 'SOCIAL', 'GUARANTEED')),
    start_date   date        not null,
    end_date     date,
    updated_at   timestamptz not null
);
create index lease_stairwell on lease (stairwell) where lease_type in ('SOCIAL', 'GUARANTEED');
create index lease_start on lease (start_date);
