-- Own contracts (eget kontrakt). Readiness assessments remember the apartment they were
-- published under when the client had no housing request but a running social contract or
-- guarantee.
alter table readiness_assessment add column object_number text;

-- A social contract ends with a reason when it became the tenant's own contract.
alter table social_contract add column end_reason text check (end_reason in ('OWN_CONTRACT'));

-- Social contracts and guaranteed leases as the shared workflow judges them for takeover
-- (TransferabilityChanged, one row per lease, the latest change), the client they were
-- matched to (empty if none), and how far the takeover got: OPEN until the responsible
-- caseworker approves (APPROVED), then COMPLETED or REFUSED by the housing company.
create table own_contract (
    lease_id          uuid        primary key,
    client_id         uuid        references client (id),
    apartment_id      uuid,
    object_number     text        not null check (length(object_number) between 1 and 40),
    lease_type        text        not null check (lease_type in ('SOCIAL', 'GUARANTEED')),
    request_reference uuid,
    transferable      boolean     not null,
    changed_on        date        not null,
    expected_on       date,
    status            text        not null check (status in ('OPEN', 'APPROVED', 'REFUSED', 'COMPLETED')),
    approved_on       date,
    approved_by       text,
    refused_reason    text        check (refused_reason in ('DECLINED_BY_HOUSING', 'LEASE_NOT_RUNNING',
                                                            'TENANT_INVALID')),
    refused_on        date,
    takeover_date     date,
    new_lease_id      uuid,
    updated_at        timestamptz not null,
    constraint own_contract_approved check (status <> 'APPROVED' or approved_on is not null),
    constraint own_contract_refused check ((status = 'REFUSED') = (refused_reason is not null)),
    constraint own_contract_completed check ((status = 'COMPLETED') = (takeover_date is not null))
);
create index own_contract_client on own_contract (client_id);
create index own_contract_object_number on own_contract (object_number);

-- Lasting solutions (varaktig lösning): a running social contract or guarantee the
-- caseworker marked as meant to last, with the reason (stays here) and the yearly review.
-- Unmarked rows stay as history; one marked row per apartment at a time.
create table lasting_solution (
    id            uuid        primary key,
    client_id     uuid        not null references client (id),
    object_number text        not null check (length(object_number) between 1 and 40),
    lease_type    text        not null check (lease_type in ('SOCIAL', 'GUARANTEED')),
    reason        text        not null check (length(reason) between 1 and 1000),
    review_on     date        not null,
    marked_on     date        not null,
    marked_by     text        not null,
    unmarked_on   date,
    unmarked_by   text,
    constraint lasting_solution_unmarked check ((unmarked_on is null) = (unmarked_by is null))
);
create unique index lasting_solution_one_per_apartment on lasting_solution (object_number) where unmarked_on is null;
create index lasting_solution_client on lasting_solution (client_id);
create index lasting_solution_review on lasting_solution (review_on) where unmarked_on is null;
