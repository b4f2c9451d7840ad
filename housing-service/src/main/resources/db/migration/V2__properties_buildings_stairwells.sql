-- Properties (fastigheter), their buildings (hus) and the buildings' stairwells (trappuppgångar).
-- The stairwell is a first class thing: later checks count and compare per stairwell.
create table property (
    id          uuid primary key,
    designation text not null unique check (length(designation) between 1 and 100),
    name        text not null check (length(name) between 1 and 200)
);

create table building (
    id             uuid primary key,
    property_id    uuid not null references property (id),
    street_address text not null unique check (length(street_address) between 1 and 200)
);
create index building_property on building (property_id);

create table stairwell (
    id          uuid primary key,
    building_id uuid not null references building (id),
    code        text not null unique check (length(code) between 1 and 40)
);
create index stairwell_building on stairwell (building_id);

-- Carry existing apartments over. Each stairwell code becomes a stairwell in the building at
-- the address of its first apartment (by object number); each such building gets a property
-- of its own, designated by its address, as a newly registered stairwell does.
create temporary table migrated_stairwell on commit drop as
select distinct on (stairwell) stairwell as code, address
from apartment
order by stairwell, object_number;

insert into property (id, designation, name)
select gen_random_uuid(), address, address
from (select distinct address from migrated_stairwell) addresses;

insert into building (id, property_id, street_address)
select gen_random_uuid(), id, designation
from property;

insert into stairwell (id, building_id, code)
select gen_random_uuid(), b.id, m.code
from migrated_stairwell m
join building b on b.street_address = m.address;

-- Apartments point at their stairwell; the apartment keeps its own address (with entrance).
alter table apartment add column stairwell_id uuid references stairwell (id);
update apartment a set stairwell_id = s.id from stairwell s where s.code = a.stairwell;
alter table apartment alter column stairwell_id set not null;
drop index apartment_stairwell;
alter table apartment drop column stairwell;
create index apartment_stairwell on apartment (stairwell_id);

-- Floor (0 is the ground floor; unknown for carried-over rows) and accessibility.
alter table apartment add column floor int check (floor between -5 and 60);
alter table apartment add column lift boolean not null default false;
alter table apartment add column ground_floor boolean not null default false;
alter table apartment add column adapted boolean not null default false;

-- Two more statuses. A vacant apartment still says from when.
alter table apartment drop constraint apartment_status_check;
alter table apartment add constraint apartment_status_check
    check (status in ('LET', 'VACANT', 'UNDER_RENOVATION', 'OFFERED'));
create index apartment_status on apartment (status);
