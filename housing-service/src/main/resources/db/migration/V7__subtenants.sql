-- Who lives in a social contract's apartment (the subtenant), as social services shared it
-- at the placement with the client's consent (SubtenantIdentityShared, sealed for the
-- housing company). Keyed by the placement: the identity may arrive before or after the
-- lease is signed, so neither the placement nor the lease is a foreign key; the lease of a
-- placement names it in lease.placement_id. Personal data that stays in housing-service:
-- every read and change goes through one class (Subtenants) so that each is audited.
create table subtenant (
    placement_id             uuid primary key,
    request_reference        uuid,
    personal_identity_number char(12) not null check (personal_identity_number ~ '^[0-9]{12}$'),
    name                     text not null check (length(name) between 1 and 200),
    household_size           integer not null check (household_size between 1 and 30),
    consent_stated_on        date not null,
    received_at              timestamptz not null
);
