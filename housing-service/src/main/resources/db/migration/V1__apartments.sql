-- The housing company's apartments.
create table apartment (
    id                 uuid          primary key,
    object_number      text          not null unique check (object_number ~ '^[0-9A-Za-z][0-9A-Za-z-]{0,19}$'),
    address            text          not null check (length(address) between 1 and 200),
    stairwell          text          not null check (length(stairwell) between 1 and 40),
    rooms              int           not null check (rooms between 1 and 20),
    area_square_metres numeric(6, 1) not null check (area_square_metres > 0),
    monthly_rent       numeric(10, 2) not null check (monthly_rent > 0),
    status             text          not null check (status in ('LET', 'VACANT')),
    available_from     date,
    registered_at      timestamptz   not null,
    check ((status = 'VACANT') = (available_from is not null))
);
create index apartment_stairwell on apartment (stairwell);
