-- Own contracts (issue 8): every social contract and guaranteed lease, what is known of its
-- conduct, and whether it is transferable to an own contract. No tenant, no amounts.

-- One row per SOCIAL or GUARANTEED lease (from LeaseStarted/LeaseEnded). The status columns
-- change only through a conditional update, so a change is published once.
create table contract (
    lease_id              uuid        primary key,
    apartment_id          uuid        not null,
    object_number         text        not null,
    lease_type            text        not null check (lease_type in ('SOCIAL', 'GUARANTEED')),
    start_date            date        not null,
    end_date              date,
    request_reference     uuid,
    caseworker            text,
    lasting               boolean     not null default false,
    review_on             date,
    guarantee_released_on date,
    taken_over_on         date,
    transferable          boolean     not null default false,
    status_changed_on     date,
    expected_on           date,
    evaluated_on          date,
    updated_at            timestamptz not null
);
create index contract_object_number on contract (object_number);
create index contract_request_reference on contract (request_reference);

-- Rent months of those leases (RentPaymentRecorded, RentOverdue); may arrive before the lease.
create table contract_rent_month (
    lease_id  uuid not null,
    month     date not null,
    due_date  date not null,
    paid_date date,
    primary key (lease_id, month)
);

-- Concluded disturbances: only VERIFIED ones count, DISMISSED are kept as such.
create table contract_disturbance (
    disturbance_id uuid primary key,
    lease_id       uuid not null,
    occurred_on    date not null,
    outcome        text not null check (outcome in ('VERIFIED', 'DISMISSED'))
);
create index contract_disturbance_lease on contract_disturbance (lease_id);

-- Readiness assessments, matched to a contract by request reference or object number.
create table readiness_assessment (
    event_id          uuid        primary key,
    request_reference uuid,
    object_number     text,
    outcome           text        not null check (outcome in ('READY', 'NOT_YET')),
    assessed_on       date        not null,
    caseworker        text,
    received_at       timestamptz not null,
    check (request_reference is not null or object_number is not null)
);
create index readiness_assessment_request on readiness_assessment (request_reference);
create index readiness_assessment_object on readiness_assessment (object_number);
