-- Placements the shared workflow agreed (PlacementAgreed), and whether the subtenant's
-- identity reached the housing company. client_id is empty when social services know no
-- request with the placement's reference. The identity is shared once (shared_at); until
-- then withheld_reason says why it waits.
create table placement (
    placement_id      uuid        primary key,
    request_reference uuid        not null,
    client_id         uuid        references client (id),
    object_number     text        not null check (length(object_number) between 1 and 40),
    start_date        date        not null,
    identity_status   text        not null check (identity_status in ('SHARED', 'WITHHELD')),
    withheld_reason   text        check (withheld_reason in ('NO_CONSENT', 'CONSENT_WITHDRAWN',
                                                             'PROTECTED_IDENTITY', 'REQUEST_UNKNOWN')),
    consent_stated_on date,
    shared_at         timestamptz,
    agreed_at         timestamptz not null,
    updated_at        timestamptz not null,
    constraint placement_status_reason check (
        (identity_status = 'SHARED' and withheld_reason is null and shared_at is not null
            and consent_stated_on is not null)
        or (identity_status = 'WITHHELD' and withheld_reason is not null and shared_at is null))
);
create index placement_client on placement (client_id);
create index placement_waiting on placement (withheld_reason) where identity_status = 'WITHHELD';
