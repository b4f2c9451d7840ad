-- Own contracts (issue 8). Whether a social contract or guaranteed lease is transferable, as
-- the shared workflow judges it (TransferabilityChanged): the latest change per lease.
create table lease_transferability (
    lease_id      uuid primary key references lease (id),
    lease_type    text not null check (lease_type in ('SOCIAL', 'GUARANTEED')),
    transferable  boolean not null,
    changed_on    date not null,
    expected_on   date,
    received_at   timestamptz not null
);

-- The takeover of a social contract by its subtenant (överlåtelse till eget kontrakt): social
-- services' approval with the new tenant (personal data, read only through TakeoverService,
-- audited), the housing manager's decision, and the outcome. One row per social contract
-- (not a foreign key: an approval may name a lease housing does not have, and is refused);
-- after a refusal both approvals start over.
create table takeover (
    social_lease_id          uuid primary key,
    object_number            text not null,
    social_approved_on       date,
    tenant_name              text check (length(tenant_name) between 1 and 200),
    tenant_number            char(12) check (tenant_number ~ '^[0-9]{12}$'),
    social_received_at       timestamptz,
    housing_decision         text check (housing_decision in ('APPROVED', 'DECLINED')),
    takeover_date            date,
    decline_motivation       text check (length(decline_motivation) between 1 and 2000),
    housing_decided_by       text,
    housing_decided_at       timestamptz,
    outcome                  text check (outcome in ('COMPLETED', 'REFUSED')),
    refusal_reason           text check (refusal_reason in ('DECLINED_BY_HOUSING', 'LEASE_NOT_RUNNING', 'TENANT_INVALID')),
    new_lease_id             uuid unique references lease (id),
    concluded_at             timestamptz,
    check ((tenant_name is null) = (tenant_number is null)),
    check ((coalesce(housing_decision, '') = 'APPROVED') = (takeover_date is not null)),
    check ((coalesce(housing_decision, '') = 'DECLINED') = (decline_motivation is not null)),
    check ((coalesce(outcome, '') = 'COMPLETED') = (new_lease_id is not null)),
    check ((coalesce(outcome, '') = 'REFUSED') = (refusal_reason is not null))
);

-- Social services released their guarantee of a guaranteed lease (GuaranteeReleased): at most
-- one release per lease.
create table guarantee_release (
    lease_id     uuid primary key references lease (id),
    released_on  date not null,
    received_at  timestamptz not null
);
