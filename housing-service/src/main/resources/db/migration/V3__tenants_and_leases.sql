-- Tenants: personal data that stays in housing-service. Every read and change goes through
-- one class (TenantRegistry) so that each can be written to the audit log.
create table tenant (
    id                       uuid primary key,
    name                     text not null check (length(name) between 1 and 200),
    personal_identity_number char(12) not null unique check (personal_identity_number ~ '^[0-9]{12}$'),
    phone                    text check (length(phone) <= 40),
    email                    text check (length(email) <= 200),
    registered_at            timestamptz not null
);

-- btree_gist lets an exclusion constraint combine equality on the apartment with overlap of
-- the lease period. It is a trusted extension: the database's owner may create it.
create extension if not exists btree_gist;

-- Leases. end_date is the lease's last day (inclusive), or null while it runs until
-- further notice. A social contract's tenant is the municipality (no tenant row here); a
-- first-hand or guaranteed lease has a tenant.
create table lease (
    id           uuid primary key,
    apartment_id uuid not null references apartment (id),
    tenant_id    uuid references tenant (id),
    type         text not null check (type in ('FIRST_HAND', 'SOCIAL', 'GUARANTEED')),
    start_date   date not null,
    end_date     date,
    notice_date  date,
    monthly_rent numeric(10, 2) not null check (monthly_rent > 0),
    created_at   timestamptz not null,
    ended_at     timestamptz,
    check (end_date is null or end_date >= start_date),
    check (notice_date is null or end_date is not null),
    check ((type = 'SOCIAL') = (tenant_id is null)),
    -- At most one lease per apartment at any moment, whatever the code does.
    constraint lease_one_per_apartment_at_a_time
        exclude using gist (apartment_id with =, daterange(start_date, end_date, '[]') with &&)
);
create index lease_tenant on lease (tenant_id);
create index lease_start_date on lease (start_date);
