-- The housing company's apartments as allocation knows them from housing.apartment.v1
-- (ApartmentRegistered, ApartmentVacated). The details are null only while a vacancy has
-- arrived before the apartment's registration; the registration fills them in.
create table apartment (
    apartment_id       uuid           primary key,
    object_number      text           not null,
    address            text,
    stairwell          text,
    rooms              int            check (rooms > 0),
    area_square_metres numeric(6, 1)  check (area_square_metres > 0),
    monthly_rent       numeric(10, 2) check (monthly_rent > 0),
    available          boolean        not null default false,
    available_from     date,
    updated_at         timestamptz    not null,
    check (available_from is not null or not available),
    check ((address is null) = (stairwell is null) and (address is null) = (rooms is null)
           and (address is null) = (area_square_metres is null) and (address is null) = (monthly_rent is null))
);
create index apartment_available on apartment (available_from, object_number) where available;
create index apartment_stairwell on apartment (stairwell);

-- Every time the housing company reported an apartment vacant for re-letting: one row per
-- ApartmentVacated event. Deliberately a plain insert, not an upsert: a redelivered event
-- must be dropped by the inbox (processed_event), and the unique event id makes a
-- duplicate that slipped past it fail loudly instead of counting twice.
create table vacancy (
    id             bigint      generated always as identity primary key,
    apartment_id   uuid        not null references apartment (apartment_id),
    event_id       uuid        not null unique,
    available_from date        not null,
    reported_at    timestamptz not null
);
create index vacancy_apartment on vacancy (apartment_id);

-- Social services' pseudonymous housing needs (social.housing-need.v1), in queue order.
-- No name, identity number or address: only the opaque reference and what matching needs.
-- The checks are looser than social services' own rules on purpose: the producer owns them.
create table housing_need (
    need_reference uuid        primary key,
    household_size int         not null check (household_size > 0),
    rooms_needed   int         not null check (rooms_needed > 0),
    registered_at  timestamptz not null
);
create index housing_need_queue on housing_need (registered_at, need_reference);
