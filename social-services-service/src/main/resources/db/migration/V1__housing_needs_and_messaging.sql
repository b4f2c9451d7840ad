-- The messaging foundation's tables (see the messaging module): events committed with their
-- change, and the ids of events this service's consumers have processed.
create table outbox_event (
    id             bigint generated always as identity primary key,
    event_id       uuid        not null unique,
    topic          text        not null,
    aggregate_key  text        not null,
    event_type     text        not null,
    event_version  int         not null,
    payload        text        not null,
    correlation_id text,
    occurred_at    timestamptz not null,
    sent_at        timestamptz
);
create index outbox_event_unsent on outbox_event (id) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);
create index processed_event_processed_at on processed_event (processed_at);

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
