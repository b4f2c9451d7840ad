-- Housing needs belong to a client from now on. Needs registered before (V1) have no client:
-- client_id stays empty for them, they stay valid and listed, and no housing request can be
-- made from them.
alter table housing_need
    add column client_id     uuid references client (id),
    add column max_rent      int check (max_rent between 1 and 100000),
    add column needs_lift         boolean not null default false,
    add column needs_ground_floor boolean not null default false,
    add column needs_adapted      boolean not null default false,
    add column areas_to_avoid text[] not null default '{}';
create index housing_need_client on housing_need (client_id);

-- People the household must not live in the same stairwell as. Stored here only; what leaves
-- social services is a keyed hash of the number, in a housing request.
create table conflict_person (
    need_id                  uuid not null references housing_need (id),
    personal_identity_number text not null check (personal_identity_number ~ '^[0-9]{12}$'),
    primary key (need_id, personal_identity_number)
);

-- Pseudonymous housing requests made from a need, one per need. reference is random and is
-- the only id that leaves social services (in HousingRequestSubmitted).
create table housing_request (
    id           uuid        primary key,
    reference    uuid        not null unique,
    need_id      uuid        not null unique references housing_need (id),
    key_id       text        not null,
    submitted_at timestamptz not null,
    submitted_by text        not null
);
