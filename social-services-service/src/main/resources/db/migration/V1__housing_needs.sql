-- Households' housing needs, registered by caseworkers. The reference is random and is the
-- only identifier that leaves social services (in HousingNeedRegistered); it is never derived
-- from personal data, and this table holds none.
create table housing_need (
    id             uuid        primary key,
    reference      uuid        not null unique,
    household_size int         not null check (household_size between 1 and 15),
    rooms_needed   int         not null check (rooms_needed between 1 and 10),
    registered_at  timestamptz not null,
    constraint housing_need_rooms_fit_household check (rooms_needed <= household_size + 2)
);
create index housing_need_registered_at on housing_need (registered_at);
