-- Placements the housing company could not sign, and the subtenant's identity status of a
-- placement.

-- A placement the housing company refused (PlacementRefused) keeps its row with the reason,
-- but no longer uses the quota nor counts in the spread, and its request may be placed again:
-- one placement per request among those not refused.
alter table placement drop constraint placement_status_check;
alter table placement drop constraint placement_request_reference_key;
alter table placement
    add check (status in ('AGREED', 'SIGNED', 'REFUSED')),
    add column refused_reason text check (refused_reason in ('APARTMENT_UNKNOWN', 'OBJECT_NUMBER_MISMATCH', 'APARTMENT_LET')),
    add column refused_at     timestamptz,
    add check ((status = 'REFUSED') = (refused_reason is not null));
create unique index placement_one_per_request on placement (request_reference) where status <> 'REFUSED';

-- Whether social services shared the subtenant's identity with the housing company, or why
-- not (social.subtenant-identity.v1). Only the status: the sealed identity never comes here.
alter table placement
    add column identity_status     text check (identity_status in ('SHARED', 'NO_CONSENT', 'CONSENT_WITHDRAWN',
                                                                   'PROTECTED_IDENTITY', 'REQUEST_UNKNOWN')),
    add column identity_updated_at timestamptz;
