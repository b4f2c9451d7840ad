-- A social contract signed for a placement of the shared workflow (PlacementAgreed) names it,
-- and its LeaseStarted repeats it: at most one lease per placement, whatever redelivery does.
alter table lease add column placement_id uuid;
alter table lease add constraint lease_one_per_placement unique (placement_id);
alter table lease add constraint lease_placement_is_social check (placement_id is null or type = 'SOCIAL');

-- Every placement housing-service received and what became of it: signed (its lease) or
-- refused (why; PlacementRefused was published). Unknown apartments are recorded too, so the
-- apartment is not a foreign key.
create table placement (
    placement_id      uuid primary key,
    apartment_id      uuid not null,
    object_number     text,
    request_reference uuid,
    start_date        date not null,
    lease_id          uuid unique references lease (id),
    refusal_reason    text check (refusal_reason in ('APARTMENT_UNKNOWN', 'OBJECT_NUMBER_MISMATCH', 'APARTMENT_LET')),
    received_at       timestamptz not null,
    check ((lease_id is null) <> (refusal_reason is null))
);
