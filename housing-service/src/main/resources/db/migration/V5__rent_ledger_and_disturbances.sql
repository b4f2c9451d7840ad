-- The rent ledger: one charge per lease and month (the unique key keeps generation
-- idempotent), and payments registered by hand or imported from the bank's or the ERP's
-- file. Payments are allocated to the oldest open charge in the order they were
-- registered (seq); the allocation is computed, not stored.
create table rent_charge (
    id         uuid primary key,
    lease_id   uuid          not null references lease (id),
    month      date          not null check (extract(day from month) = 1),
    due_date   date          not null,
    amount     numeric(12, 2) not null check (amount > 0),
    created_at timestamptz   not null,
    -- When the daily run first looked at the charge after its due date (and published RentOverdue
    -- if a social contract or guaranteed lease had not paid it).
    overdue_checked_at timestamptz,
    constraint rent_charge_one_per_month unique (lease_id, month)
);

create table rent_payment (
    id            uuid primary key,
    seq           bigint generated always as identity unique,
    lease_id      uuid           not null references lease (id),
    amount        numeric(12, 2) not null check (amount > 0),
    paid_date     date           not null,
    reference     text check (length(reference) between 1 and 60),
    source        text           not null check (source in ('MANUAL', 'IMPORT')),
    registered_at timestamptz    not null,
    -- A bank or ERP payment reference is imported once.
    constraint rent_payment_reference_unique unique (reference)
);
create index rent_payment_lease on rent_payment (lease_id, seq);

-- Disturbances and damage reported on a lease. Only VERIFIED ones count anywhere; a
-- concluded report (verified or dismissed) carries the reason.
create table disturbance (
    id           uuid primary key,
    lease_id     uuid        not null references lease (id),
    occurred_on  date        not null,
    category     text        not null check (category in ('DISTURBANCE', 'DAMAGE', 'OTHER')),
    description  text        not null check (length(description) between 1 and 2000),
    status       text        not null check (status in ('REPORTED', 'VERIFIED', 'DISMISSED')),
    reason       text check (length(reason) between 1 and 2000),
    reported_at  timestamptz not null,
    concluded_at timestamptz,
    check ((status = 'REPORTED') = (reason is null and concluded_at is null))
);
create index disturbance_lease on disturbance (lease_id, occurred_on);
